/** @type {import('next').NextConfig} */
const nextConfig = {
  // This folder is its own project (own lockfile), also inside the kit's repository.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
};

export default nextConfig;
