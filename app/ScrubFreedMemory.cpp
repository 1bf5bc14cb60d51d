// Scrub-on-free for the whole process (glibc only): every block handed back to malloc is overwritten
// first. A password passes through buffers we do not own on its way from the keychain to a server
// (D-Bus messages, QtKeychain's job, the QPSQL connection string, libpq's option parsing, the socket's
// write buffer); they are freed without being wiped, and freed memory keeps its bytes until reused.
// Defined in the executable, these take the place of glibc's free() and realloc() for every library
// of the process (ELF symbol interposition); malloc itself stays glibc's. Linked into tenantscope,
// tenantscope-cli and the test that checks it; not under AddressSanitizer, which has its own free()
// (its free_fill_byte option does the same there).
#include <cstddef> // defines __GLIBC__

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <malloc.h>

extern "C" {
void* __libc_malloc(size_t size);
void __libc_free(void* block);

void free(void* block)
{
    if (block) {
        explicit_bzero(block, malloc_usable_size(block));
        __libc_free(block);
    }
}

// glibc's realloc frees a moved or shrunk block inside the allocator, past free(): so it moves by hand.
void* realloc(void* block, size_t size)
{
    if (!block)
        return __libc_malloc(size);
    if (size == 0) { // glibc frees and returns null
        free(block);
        return nullptr;
    }
    const size_t usable = malloc_usable_size(block);
    // Room enough, and not so much larger that keeping it wastes memory: stays where it is.
    if (size <= usable && (usable < 4096 || size >= usable / 2))
        return block;
    void* moved = __libc_malloc(size);
    if (!moved)
        return nullptr; // the old block stays valid, as realloc promises
    std::memcpy(moved, block, size < usable ? size : usable);
    free(block);
    return moved;
}

void* reallocarray(void* block, size_t count, size_t size)
{
    size_t total = 0;
    if (__builtin_mul_overflow(count, size, &total)) {
        errno = ENOMEM;
        return nullptr;
    }
    return realloc(block, total);
}
}

#endif
