// How every tool here starts Chromium: Debian's package (CHROME_PATH overrides), as root, with no
// background connections (this machine's closed network refuses them). Measured in the toolchain notes.

/** The Chromium binary. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags for headless runs. */
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
