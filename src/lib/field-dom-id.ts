/** The DOM id of the input for a problem's field, so the summary can focus it (SPEC §4.4). */
export function fieldDomId(field: string): string {
  return `field-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** The id of the element holding a field's messages, for aria-describedby. */
export function fieldMessagesId(field: string): string {
  return `${fieldDomId(field)}-messages`;
}
