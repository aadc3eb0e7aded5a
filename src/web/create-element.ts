type Child = Node | string | null | undefined | false;

/**
 * Builds an element from attributes and children. Text goes in as text nodes, never as HTML:
 * names, evidence and titles come from ingested articles and must not become markup.
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | number | boolean | undefined> = {}, ...children: readonly (Child | readonly Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** An `<a>` to an article when its URL is http(s); any other scheme (urn:, javascript:) stays text. */
export function articleLink(url: string, text: string, label: string): HTMLElement {
  let safe: boolean;
  try {
    const protocol = new URL(url).protocol;
    safe = protocol === 'http:' || protocol === 'https:';
  } catch {
    safe = false;
  }
  return safe
    ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'source-link', 'aria-label': label }, text)
    : el('span', { class: 'source-link source-link--plain', title: url }, text);
}

/** The given nodes without the absent ones, for `replaceChildren` with optional parts. */
export function present(...nodes: readonly (Node | null | undefined | false)[]): Node[] {
  return nodes.filter((node): node is Node => node !== null && node !== undefined && node !== false);
}
