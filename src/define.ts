/** The version stamped on every element we register, to spot two different copies on a page. */
export const VERSION = '0.1.0';

const registered = new WeakMap<CustomElementConstructor, string>();

/**
 * Registers a custom element unless the tag is taken: the page may load the script twice. A
 * different version already registered is reported, since only one can own the tag.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    const version = registered.get(existing) ?? (existing as {version?: string}).version;
    if (version !== VERSION) {
      console.warn(`<${tag}> is already defined (version ${version ?? 'unknown'}); keeping it.`);
    }
    return;
  }
  Object.defineProperty(element, 'version', {value: VERSION});
  registered.set(element, VERSION);
  customElements.define(tag, element);
}
