using System.Net;
using System.Net.Sockets;

namespace Briefing.Web.Features.Ingestion.Feeds;

/// <summary>
/// Keeps feed fetching away from the server's own network (server-side request forgery): every connection the feed
/// client opens — the first request and each redirect — resolves the host and refuses loopback, private, link-local,
/// carrier-grade NAT, multicast and unspecified addresses. Checked at connect time, on the address actually dialled,
/// so a DNS name that later points inside (rebinding) is caught too.
/// </summary>
public static class PublicAddressGuard
{
    /// <summary>Thrown when a feed's host resolves only to addresses that are not public.</summary>
    public sealed class PrivateAddressException(string host)
        : IOException($"{host} is a local or private network address; feeds are fetched only from public addresses " +
            "(an administrator can allow private ones with Briefing:Feeds:AllowPrivateAddresses=true).");

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)
            || address.Equals(IPAddress.Broadcast) || address.Equals(IPAddress.None))
            return false;
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 0 || b[0] == 10 || b[0] == 127
                || (b[0] == 100 && b[1] >= 64 && b[1] < 128)   // carrier-grade NAT
                || (b[0] == 169 && b[1] == 254)                 // link-local (cloud metadata at 169.254.169.254)
                || (b[0] == 172 && b[1] >= 16 && b[1] < 32)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)      // IETF protocol assignments
                || (b[0] == 198 && b[1] is 18 or 19)            // benchmarking
                || b[0] >= 224);                                // multicast and reserved
        }
        var v6 = address.GetAddressBytes();
        return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
            || (v6[0] & 0xFE) == 0xFC);                         // unique local fc00::/7
    }

    /// <summary>A connect callback for <see cref="SocketsHttpHandler.ConnectCallback"/> that dials only public addresses.</summary>
    public static async ValueTask<Stream> ConnectToPublicAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(IsPublic).ToArray();
        if (allowed.Length == 0)
            throw new PrivateAddressException(host);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
