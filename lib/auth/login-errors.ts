// next-auth passes a thrown error's message to the login form as `error`. Kept apart from the
// server code so the form can import it.
export const LOGIN_RATE_LIMITED = "RateLimited";
