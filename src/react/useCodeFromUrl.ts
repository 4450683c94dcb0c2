'use client';
import { useEffect, useState } from 'react';

/**
 * The code in the page's URL query (`parameter` true = `code`), for links that carry it. Read after
 * mount, so server and client render the same markup first.
 */
export function useCodeFromUrl(parameter: boolean | string | undefined): string | undefined {
  const [code, setCode] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!parameter || typeof location === 'undefined') return;
    const found = new URLSearchParams(location.search).get(parameter === true ? 'code' : parameter);
    if (found) setCode(found);
  }, [parameter]);
  return code;
}
