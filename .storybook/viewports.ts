// Viewports offered in Storybook's toolbar; the story tests run at the narrowest (vite.config.ts).
export const NARROWEST = 320;

export const VIEWPORTS = {
  narrow: { name: `Narrow phone (${NARROWEST} px)`, styles: { width: `${NARROWEST}px`, height: '720px' }, type: 'mobile' },
  phone: { name: 'Phone (375 px)', styles: { width: '375px', height: '740px' }, type: 'mobile' },
  desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
} as const;
