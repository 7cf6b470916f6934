/** The write token the Upload page keeps for this tab; feed changes need it when the server has one. */
const tokenKey = "chancery.token";

export function authorised() {
  const token = sessionStorage.getItem(tokenKey);
  return token ? { headers: { Authorization: `Bearer ${token}` } } : undefined;
}
