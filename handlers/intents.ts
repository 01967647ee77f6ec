// Placeholder: typed intents ("tôi muốn khai báo quà tặng") map to a command name.
export function detectIntent(_text: string): string | undefined {
  return undefined;
}
