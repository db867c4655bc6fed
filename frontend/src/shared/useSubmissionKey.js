/**
 * The Idempotency-Key of something a page starts (a request, a report, an emergency): the same key
 * is sent again after an error or no answer, so a resend can never start it twice, and a new one is
 * taken once it has started, so the page's next start is a new one (decision 0019).
 */
export function useSubmissionKey() {
  let key = crypto.randomUUID()
  return {
    /** The request options that send the key. */
    options: () => ({ idempotencyKey: key }),
    /** After a successful answer: what the page sends next is something new. */
    renew: () => {
      key = crypto.randomUUID()
    },
  }
}
