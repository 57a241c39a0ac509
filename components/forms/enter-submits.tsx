/**
 * The button Enter presses in a text field. Browsers submit with a form's first submit button
 * in document order (HTML's implicit submission), so where a secondary action comes first
 * (Preview before Save, Publish now before Schedule), this hidden copy of the form's main action
 * goes first instead. Mouse, keyboard and screen-reader users use the visible buttons.
 */
export function EnterSubmits({ name, value }: { name: string; value: string }) {
  return <button type="submit" name={name} value={value} hidden tabIndex={-1} aria-hidden="true" formNoValidate />;
}
