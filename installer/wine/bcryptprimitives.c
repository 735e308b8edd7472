/*
 * For the Wine checks only, never shipped: Wine 8.0 (Debian 12) lacks bcryptprimitives.dll, a Windows system DLL
 * since Windows 8, whose ProcessPrng the Rust standard library (1.78+) imports for random numbers; python-calamine
 * and cryptography are such Rust builds. check_wine.py compiles this into the prefix's system32 so that they load
 * there as they do on Windows 10/11. ProcessPrng fills the buffer from the system RNG, as the real one does.
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
    while (size > 0) {
        ULONG chunk = size > 0x10000000 ? 0x10000000 : (ULONG)size;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
