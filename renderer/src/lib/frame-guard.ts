/**
 * Whether the page runs inside another page's frame. The web build's server refuses framing with
 * headers; this check covers hosts that do not send them, so the app never runs where another
 * site could overlay it and trick clicks (clickjacking).
 */
export function isFramed(win: { readonly self: unknown; readonly top: unknown }): boolean {
  try {
    return win.top !== win.self;
  } catch {
    return true; // reading top can throw across origins: framed for sure
  }
}
