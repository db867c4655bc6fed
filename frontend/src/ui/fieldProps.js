/**
 * The props every form field shares (TextField.vue, SelectField.vue and the others), to spread into
 * its own: the field's name in the API, such as "department", from which its id is made (fieldId);
 * the hint; and the error message. Each field adds its `label` (or `legend`) and its own props.
 */
export const FIELD_PROPS = /** @type {const} */ ({
  name: { type: String, required: true },
  hint: { type: String, default: null },
  error: { type: String, default: null },
})
