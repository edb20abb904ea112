/**
 * Which `Host` a request may name (CONTRACT §7, 1.1): the defence against DNS rebinding. A page on
 * `attacker.example` whose name the attacker then points at 127.0.0.1 talks to a local collector from its
 * own origin: no `Origin` header, so CORS never sees it. Its requests still say `Host: attacker.example`,
 * and that is what is refused, as Vite's `server.allowedHosts` does.
 *
 * Always allowed: `localhost` and its subdomains (browsers resolve them to loopback themselves), and IP
 * addresses (no name, nothing to rebind). The port is not compared: a rebinding page can only name its own
 * host, and a proxy in front may forward `Host` without the collector's port.
 */

export class HostPolicy {
  private readonly exact = new Set<string>();
  private readonly suffixes: string[] = [];
  private readonly any: boolean;
  /** `Host` values already allowed, as sent: the hot route parses each value once. */
  private readonly allowed = new Set<string>();

  /**
   * `names`: more host names, e.g. `feedback.bank.nl`; `.bank.nl` allows `bank.nl` and every subdomain;
   * `*` allows any host (the check is then off).
   */
  constructor(names: readonly string[] = []) {
    for (const raw of names) {
      const name = raw.trim().toLowerCase().replace(/\.$/, '');
      if (name === '*') this.exact.add('*');
      else if (name.startsWith('.')) this.suffixes.push(name);
      else if (name) this.exact.add(hostnameOf(name) ?? name);
    }
    this.any = this.exact.has('*');
  }

  /** A request without `Host` (HTTP/1.0, not a browser) has nothing to rebind and is allowed. */
  allows(host: string | null): boolean {
    if (host === null || this.any || this.allowed.has(host)) return true;
    const name = hostnameOf(host);
    const ok =
      name !== null &&
      (isIpLiteral(name) ||
        name === 'localhost' ||
        name.endsWith('.localhost') ||
        this.exact.has(name) ||
        this.suffixes.some((s) => name === s.slice(1) || name.endsWith(s)));
    if (ok && this.allowed.size < 256) this.allowed.add(host);
    return ok;
  }
}

/**
 * The host name of a `Host` value as the URL parser reads it (lower case, IPv4 in dotted form, IPv6 in
 * brackets, no trailing dot), or `null` when the value is not a plain `host[:port]`.
 */
function hostnameOf(host: string): string | null {
  if (!URL.canParse(`http://${host}`)) return null;
  const url = new URL(`http://${host}`);
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return null;
  return url.hostname.replace(/\.$/, '');
}

const isIpLiteral = (name: string) => name.startsWith('[') || /^\d+\.\d+\.\d+\.\d+$/.test(name);

/** An address of this machine only: 127.0.0.0/8, `::1`, or 127.x in IPv4-mapped IPv6 form. */
export function isLoopbackAddress(address: string): boolean {
  const plain = address.replace(/^\[|\]$/g, '').toLowerCase();
  return plain === '::1' || /^(::ffff:)?127\.\d+\.\d+\.\d+$/.test(plain) || plain === 'localhost';
}

/** A comma list from the environment (`FEELBACK_ALLOWED_HOSTS`), blanks dropped. */
export function parseList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
