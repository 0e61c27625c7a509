/**
 * What MON_PS accepts as a sender or recipient: an RFC 5321 mailbox, `local@domain`, where the
 * domain is a host name — with or without a dot: `monps@localhost` and `root@nas` are valid
 * (a local mail server, a LAN) — or an address literal (`me@[192.0.2.1]`, `me@[IPv6:::1]`).
 * The local part is a dot-atom (no spaces, quotes, brackets, commas, semicolons, colons or
 * backslashes; no leading, trailing or double dot); quoted local parts are not accepted. Host
 * labels may use letters of any script (internationalised domains). Limits: local part 64
 * octets, whole address 254.
 * One rule for the settings schema, the Settings form and the SMTP configuration.
 */
const LOCAL = /^[^\s@<>()[\]\\,;:"]+$/u;
const LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;
const LITERAL = /^\[(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}|IPv6:[0-9A-Fa-f:.]{2,45})\]$/;

export function isEmailAddress(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (new TextEncoder().encode(local).length > 64 || !LOCAL.test(local)) return false;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  if (domain.startsWith('[')) return LITERAL.test(domain);
  return domain.split('.').every((l) => LABEL.test(l));
}
