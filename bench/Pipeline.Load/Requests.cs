using DocPipe.V1;

namespace Pipeline.Load;

internal static class Requests
{
    /// <summary>A request for a named chain, or for an inline one when <paramref name="chain"/> is JSON (<c>{"steps":[]}</c>).</summary>
    public static ProcessRequest For(string chain, Document document) =>
        chain.StartsWith('{') ? new ProcessRequest { ChainJson = chain, Document = document } : new ProcessRequest { Chain = chain, Document = document };
}
