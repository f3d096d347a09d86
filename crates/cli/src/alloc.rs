//! The global allocator of `lede`.

/// mimalloc through its plain `mi_malloc` / `mi_zalloc` / `mi_realloc` where the layout's
/// alignment is one every mimalloc block of that size has (at most 16 bytes and at most the
/// size, as std's `System` allocator decides for `malloc`), else through its aligned
/// functions. (`mimalloc::MiMalloc` takes the aligned path for every allocation, which costs
/// a few percent of coding time: coding makes thousands of small allocations.)
pub struct MiMalloc;

/// Whether mimalloc's plain functions align `align` for `size` bytes: its blocks of more
/// than 8 bytes are 16-byte aligned, smaller ones 8-byte aligned.
#[inline(always)]
fn natural(align: usize, size: usize) -> bool {
    align <= 16 && align <= size
}

// SAFETY: every pointer comes from mimalloc with the layout's size and alignment (`natural`
// holds, or the aligned function is asked for it) and is freed or grown by mimalloc.
unsafe impl std::alloc::GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if natural(layout.align(), layout.size()) {
            libmimalloc_sys::mi_malloc(layout.size()).cast()
        } else {
            libmimalloc_sys::mi_malloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if natural(layout.align(), layout.size()) {
            libmimalloc_sys::mi_zalloc(layout.size()).cast()
        } else {
            libmimalloc_sys::mi_zalloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        libmimalloc_sys::mi_free(ptr.cast());
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        if natural(layout.align(), new_size) {
            libmimalloc_sys::mi_realloc(ptr.cast(), new_size).cast()
        } else {
            libmimalloc_sys::mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast()
        }
    }
}
