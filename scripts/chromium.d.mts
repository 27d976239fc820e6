import type { Browser } from 'playwright-core';

export const CHROMIUM: string;
export const CHROMIUM_FLAGS: string[];
export const MISSING: string;
export function launchChromium(): Promise<Browser>;
export function serveFolder(folder: string): Promise<{ url: string; close: () => Promise<void> }>;
