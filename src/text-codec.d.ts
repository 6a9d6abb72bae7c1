// The WHATWG Encoding API (TextEncoder, TextDecoder) and ES2024's String.isWellFormed: available
// in every runtime Terrarium targets (Node >= 20, browsers) but not in the ES2022 library typings.
// Neither reaches the host: they are pure conversions between strings and UTF-8 bytes.

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

interface String {
  isWellFormed(): boolean;
}
