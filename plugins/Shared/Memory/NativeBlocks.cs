using System.Runtime.InteropServices;

namespace Pipeline.Plugins.Shared.Memory;

/// <summary>
/// The blocks behind <see cref="NativeArray{T}"/>. On Linux, blocks of 2 MB and more are mappings of their own,
/// aligned to 2 MB and advised to use transparent huge pages:
/// <list type="bullet">
/// <item>fresh memory costs a page fault per page first written, and with 4 KB pages those faults took the entity
/// step half again as long on an 8 MB article;</item>
/// <item>from the C heap, a freed block of some megabytes raises glibc's threshold for mapping blocks apart, so the
/// next ones came from a heap that keeps what is freed: the news chain's peak on 8 MB rose by 11-19 MB.</item>
/// </list>
/// Smaller blocks, and every block elsewhere, come from the C heap.
/// </summary>
internal static unsafe partial class NativeBlocks
{
    private const nuint HugePage = 2 << 20;
    private const int ProtReadWrite = 0x1 | 0x2;
    private const int MapPrivateAnonymous = 0x02 | 0x20;
    private const int MadviseHugePage = 14;

    /// <summary>
    /// A block of <paramref name="bytes"/> holding what <paramref name="old"/> (null for none, <paramref name="oldBytes"/>
    /// long) held, which it replaces.
    /// </summary>
    public static void* Resize(void* old, nuint oldBytes, nuint bytes)
    {
        if (!IsMapped(oldBytes) && !IsMapped(bytes))
        {
            return NativeMemory.AlignedRealloc(old, bytes, 64);
        }

        var block = IsMapped(bytes) ? Map(bytes) : NativeMemory.AlignedAlloc(bytes, 64);
        if (old is not null)
        {
            Buffer.MemoryCopy(old, block, bytes, Math.Min(oldBytes, bytes));
            Free(old, oldBytes);
        }

        return block;
    }

    /// <summary>Gives back a block <see cref="Resize"/> made <paramref name="bytes"/> long.</summary>
    public static void Free(void* block, nuint bytes)
    {
        if (block is null)
        {
            return;
        }

        if (IsMapped(bytes))
        {
            _ = Munmap(block, Rounded(bytes));
        }
        else
        {
            NativeMemory.AlignedFree(block);
        }
    }

    private static bool IsMapped(nuint bytes) => bytes >= HugePage && OperatingSystem.IsLinux();

    private static nuint Rounded(nuint bytes) => (bytes + HugePage - 1) & ~(HugePage - 1);

    private static void* Map(nuint bytes)
    {
        // Mapped with a huge page to spare, then trimmed at both ends to start and stop on a 2 MB boundary.
        var length = Rounded(bytes);
        var mapped = (byte*)Mmap(null, length + HugePage, ProtReadWrite, MapPrivateAnonymous, -1, 0);
        if (mapped == (byte*)-1)
        {
            throw new InsufficientMemoryException($"Could not map {length} bytes of working storage.");
        }

        var block = (byte*)(((nuint)mapped + HugePage - 1) & ~(HugePage - 1));
        var head = (nuint)(block - mapped);
        if (head > 0)
        {
            _ = Munmap(mapped, head);
        }

        // The head is less than a huge page, so some of the spare page is always left at the tail.
        _ = Munmap(block + length, HugePage - head);

        // Advice only: where transparent huge pages are off, the call fails and the block keeps 4 KB pages.
        _ = Madvise(block, length, MadviseHugePage);
        return block;
    }

    [LibraryImport("libc", EntryPoint = "mmap")]
    private static partial void* Mmap(void* address, nuint length, int protection, int flags, int descriptor, nint offset);

    [LibraryImport("libc", EntryPoint = "munmap")]
    private static partial int Munmap(void* address, nuint length);

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}
