using System.Collections.Frozen;

namespace Pipeline.Plugins.DateUrlExtractor;

/// <summary>
/// The top-level domains a bare domain name (<c>newyorker.com</c>) may end in: the common generic ones and
/// country codes, less those that are English words (<c>in</c>, <c>it</c>, <c>me</c>, <c>no</c>, <c>us</c>...)
/// or common file extensions (<c>py</c>, <c>pl</c>, <c>md</c>, <c>sh</c>), which a missing space after a full
/// stop or a file name would turn into false URLs. Addresses with a scheme or <c>www.</c> take any domain.
/// </summary>
internal static class TopLevelDomains
{
    public static readonly FrozenSet<string> Known = """
        com org net edu gov mil int info biz io co ai app dev news online site xyz tech media blog tv fm ly gl
        ac ae af ar au az bd bg br ca cc ch cl cn cz de dk ee eg es eu fi fr gr hk hr hu ie il iq ir jp ke kr kz
        lk lt lu lv mx ng nl nz pe ph pk pt qa ro ru sa se sg si sk sy tr tw ua uk uz ve vn ye za
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
