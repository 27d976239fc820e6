// A rule file whose every string for people carries hostile characters: what the
// injection and channel tests load with --rules to see that no output passes them raw.

/** How each string is dressed: `text` for sentences, `name` for names and aliases (64 characters at most). */
export interface Dress {
  text: (value: string) => string;
  name: (value: string) => string;
}

/** Platform `evil-live` (surface `cart`), source `evil-store` (evil-store.example), and rule `evil-open`, an allow from 2024-01-01. */
export function hostileRuleFile({ text, name }: Dress, moreRules: object[] = []) {
  return {
    platforms: [{ id: 'evil-live', name: name('Evil Live'), aliases: [name('evil')], timeZone: 'Asia/Shanghai', surfaces: [{ id: 'cart', name: name('Cart'), aliases: [name('cart alias')] }] }],
    sources: [{ id: 'evil-store', name: name('Evil store'), aliases: [name('store')], domains: ['evil-store.example'] }],
    rules: [
      {
        id: 'evil-open',
        platform: 'evil-live',
        effect: 'allow',
        sources: { ids: ['evil-store'] },
        surfaces: ['cart'],
        from: '2024-01-01',
        status: 'announced',
        summary: text('Evil store opens.'),
        note: text('A note.'),
        evidence: [{ url: 'https://evil.example/notice', published: '2023-12-20', title: text('Title'), publisher: text('Publisher'), quote: text('Evil store links may be placed in the cart.'), note: text('An evidence note.') }],
      },
      ...moreRules,
    ],
  };
}
