/*
 * Konvergensi's Windows launchers, compiled by installer/build.py with mingw-w64:
 *   konvergensi.exe   (console; on the user's PATH)  runs  python\python.exe  -m desktop <arguments>
 *   konvergensiw.exe  (-DKONVERGENSI_GUI, no console) runs  python\pythonw.exe -m desktop <arguments>
 * The interpreter is the embeddable CPython beside the launcher (python\); its python311._pth fixes sys.path, so
 * no PYTHONPATH or installed Python on the PC can change what runs.
 *
 * While it runs, the launcher holds the named mutex "Local\Konvergensi.Running": the installer and the uninstaller
 * check it and refuse to replace files that are in use. The interpreter runs in a job object that ends it when the
 * launcher ends (closed console, Task Manager), while programs it opens (a PDF viewer) may break away and stay.
 */
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#include <stdio.h>
#include <wchar.h>

#define RUNNING_MUTEX L"Local\\Konvergensi.Running"

static void report(const wchar_t *message) {
#ifdef KONVERGENSI_GUI
    MessageBoxW(NULL, message, L"Konvergensi", MB_OK | MB_ICONERROR);
#else
    fwprintf(stderr, L"konvergensi: %ls\n", message);
#endif
}

/* The command line after the program name, as Windows gave it (quotes kept). */
static const wchar_t *arguments_after_program(const wchar_t *line) {
    if (*line == L'"') {
        line++;
        while (*line && *line != L'"') line++;
        if (*line == L'"') line++;
    } else {
        while (*line && *line != L' ' && *line != L'\t') line++;
    }
    while (*line == L' ' || *line == L'\t') line++;
    return line;
}

/* KONVERGENSI_LAUNCH_TIME: seconds since 1970 when the launcher started (read by `gui --measure-startup`). */
static void set_launch_time(void) {
    FILETIME now;
    ULARGE_INTEGER ticks;
    wchar_t text[64];
    GetSystemTimeAsFileTime(&now);
    ticks.LowPart = now.dwLowDateTime;
    ticks.HighPart = now.dwHighDateTime;
    double seconds = (double)(ticks.QuadPart - 116444736000000000ULL) / 10000000.0;
    swprintf(text, 64, L"%.3f", seconds);
    SetEnvironmentVariableW(L"KONVERGENSI_LAUNCH_TIME", text);
}

static BOOL WINAPI ignore_console_events(DWORD event) {
    (void)event;
    return TRUE; /* Ctrl+C reaches the interpreter too; it decides, the launcher waits for its exit code. */
}

int wmain(void) {
    wchar_t folder[MAX_PATH];
    wchar_t python[MAX_PATH + 32];
    wchar_t message[MAX_PATH + 160];
    DWORD length = GetModuleFileNameW(NULL, folder, MAX_PATH);
    if (length == 0 || length >= MAX_PATH) {
        report(L"lokasi program tidak dapat dibaca (jalurnya terlalu panjang?).");
        return 1;
    }
    wchar_t *slash = wcsrchr(folder, L'\\');
    if (slash) *slash = L'\0';
#ifdef KONVERGENSI_GUI
    swprintf(python, MAX_PATH + 32, L"%ls\\python\\pythonw.exe", folder);
#else
    swprintf(python, MAX_PATH + 32, L"%ls\\python\\python.exe", folder);
#endif
    if (GetFileAttributesW(python) == INVALID_FILE_ATTRIBUTES) {
        swprintf(message, MAX_PATH + 160, L"Konvergensi tidak lengkap: %ls tidak ditemukan. Pasang ulang Konvergensi.",
                 python);
        report(message);
        return 1;
    }
    const wchar_t *rest = arguments_after_program(GetCommandLineW());
    size_t size = wcslen(python) + wcslen(rest) + 32;
    wchar_t *command = (wchar_t *)HeapAlloc(GetProcessHeap(), 0, size * sizeof(wchar_t));
    if (!command) return 1;
    swprintf(command, size, L"\"%ls\" -m desktop %ls", python, rest);

    HANDLE running = CreateMutexW(NULL, FALSE, RUNNING_MUTEX);
    set_launch_time();
    HANDLE job = CreateJobObjectW(NULL, NULL);
    if (job) {
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits;
        ZeroMemory(&limits, sizeof(limits));
        limits.BasicLimitInformation.LimitFlags =
            JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE | JOB_OBJECT_LIMIT_SILENT_BREAKAWAY_OK;
        SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof(limits));
    }
#ifndef KONVERGENSI_GUI
    SetConsoleCtrlHandler(ignore_console_events, TRUE);
#else
    (void)ignore_console_events;
#endif
    STARTUPINFOW startup;
    PROCESS_INFORMATION child;
    ZeroMemory(&startup, sizeof(startup));
    startup.cb = sizeof(startup);
#ifndef KONVERGENSI_GUI
    /* The interpreter writes where the launcher's output goes: the console, or a file or pipe it was redirected to. */
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    startup.hStdOutput = GetStdHandle(STD_OUTPUT_HANDLE);
    startup.hStdError = GetStdHandle(STD_ERROR_HANDLE);
#endif
    if (!CreateProcessW(python, command, NULL, NULL, TRUE, CREATE_SUSPENDED, NULL, NULL, &startup, &child)) {
        swprintf(message, MAX_PATH + 160, L"Python bawaan Konvergensi tidak dapat dijalankan (kode Windows %lu).",
                 GetLastError());
        report(message);
        return 1;
    }
    if (job) AssignProcessToJobObject(job, child.hProcess);
    ResumeThread(child.hThread);
    CloseHandle(child.hThread);
    WaitForSingleObject(child.hProcess, INFINITE);
    DWORD code = 1;
    GetExitCodeProcess(child.hProcess, &code);
    CloseHandle(child.hProcess);
    if (running) CloseHandle(running);
    return (int)code;
}
