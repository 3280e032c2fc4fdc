using System.Security.Cryptography.X509Certificates;

namespace Pipeline.Host.Configuration;

/// <summary>
/// Mutual TLS against a private CA: Kestrel asks for client certificates by its own settings
/// (<c>Kestrel:EndpointDefaults:ClientCertificateMode</c>); with <c>Pipeline:Tls:ClientCertificateAuthority</c>
/// (a PEM file of CA certificates) a client certificate must chain to one of them rather than to the
/// machine's trust store, and be issued for client authentication.
/// </summary>
internal static class ClientCertificates
{
    public const string AuthorityKey = "Pipeline:Tls:ClientCertificateAuthority";

    private const string ClientAuthentication = "1.3.6.1.5.5.7.3.2";

    public static void AddTo(WebApplicationBuilder builder) =>
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            var file = context.Configuration[AuthorityKey];
            if (string.IsNullOrWhiteSpace(file))
            {
                return;
            }

            var authorities = new X509Certificate2Collection();
            authorities.ImportFromPemFile(Path.GetFullPath(file));
            if (authorities.Count == 0)
            {
                throw new InvalidOperationException($"{AuthorityKey}: {file} holds no PEM certificate");
            }

            kestrel.ConfigureHttpsDefaults(https => https.ClientCertificateValidation = (certificate, _, _) => IsIssuedBy(certificate, authorities));
        });

    private static bool IsIssuedBy(X509Certificate2 certificate, X509Certificate2Collection authorities)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        // A private CA rarely publishes revocation lists; revoke by removing the CA or rotating it.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(new System.Security.Cryptography.Oid(ClientAuthentication));
        return chain.Build(certificate);
    }
}
