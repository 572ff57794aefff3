/** A write refused because fields are invalid; `fields` maps each field to what is wrong. */
export class ValidationError extends Error {
  constructor(readonly fields: Record<string, string>) {
    super(Object.entries(fields).map(([f, m]) => `${f}: ${m}`).join('; '));
    this.name = 'ValidationError';
  }
}
