using System.Runtime.InteropServices;

namespace Pipeline.Plugins.EntityExtractor.Text;

/// <summary>
/// The blocks behind <see cref="NativeArray{T}"/>. Large ones are aligned to, and asked to be backed by, 2 MB pages:
/// fresh memory costs a page fault per page first written, and with 4 KB pages those faults took the entity step
/// half again as long on an 8 MB article.
/// </summary>
internal static unsafe partial class NativeBlocks
{
    private const nuint HugePage = 2 << 20;
    private const int MadviseHugePage = 14;

    /// <summary>A block of <paramref name="bytes"/> holding what <paramref name="old"/> (null for none) held, which it replaces.</summary>
    public static void* Resize(void* old, nuint bytes)
    {
        if (bytes < HugePage)
        {
            return NativeMemory.AlignedRealloc(old, bytes, 64);
        }

        bytes = (bytes + HugePage - 1) & ~(HugePage - 1);
        var block = NativeMemory.AlignedRealloc(old, bytes, HugePage);
        if (OperatingSystem.IsLinux())
        {
            // Advice only: where transparent huge pages are off, the call fails and the block keeps 4 KB pages.
            _ = Madvise(block, bytes, MadviseHugePage);
        }

        return block;
    }

    public static void Free(void* block) => NativeMemory.AlignedFree(block);

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}
