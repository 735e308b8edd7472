; Konvergensi's Windows installer (NSIS 3, MUI2). Compiled by installer/build.py, which passes:
;   VERSION (0.1.0), NUMERIC_VERSION (0.1.0.0), STAGE (the folder to install), OUTFILE, SIZE_KB (installed size).
; Per user, no administrator rights: %LOCALAPPDATA%\Programs\Konvergensi, HKCU only. The data folder
; (%LOCALAPPDATA%\Konvergensi: database, files, backups, settings) is never touched by an install or an upgrade,
; and the uninstaller removes it only when the person ticks the box that says so.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
SetCompressorDictSize 64
ManifestDPIAware true
RequestExecutionLevel user

!ifndef VERSION
  !error "build.py passes -DVERSION=..."
!endif

!define APP "Konvergensi"
!define PUBLISHER "Sekretariat TPPS - Konvergensi"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Konvergensi"
!define APP_KEY "Software\Konvergensi"
!define RUNNING_MUTEX "Local\Konvergensi.Running"
!define ERROR_RUNNING 3

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Konvergensi"
InstallDirRegKey HKCU "${APP_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${NUMERIC_VERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "Penginstal ${APP} ${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "StrFunc.nsh"
!include "WinMessages.nsh"
${StrStr}
${UnStrStr}
${UnStrRep}

!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\konvergensiw.exe"
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

LangString RUNNING ${LANG_INDONESIAN} "Konvergensi sedang terbuka. Tutup semua jendela dan perintah Konvergensi, lalu pilih Coba lagi."
LangString RUNNING ${LANG_ENGLISH} "Konvergensi is open. Close every Konvergensi window and command, then choose Retry."
LangString SEC_PROGRAM ${LANG_INDONESIAN} "Konvergensi (program)"
LangString SEC_PROGRAM ${LANG_ENGLISH} "Konvergensi (program)"
LangString SEC_DESKTOP ${LANG_INDONESIAN} "Pintasan di Desktop"
LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString SEC_UNPROGRAM ${LANG_INDONESIAN} "Hapus program Konvergensi"
LangString SEC_UNPROGRAM ${LANG_ENGLISH} "Remove the Konvergensi program"
LangString SEC_UNDATA ${LANG_INDONESIAN} "Hapus juga SEMUA DATA (database, berkas, cadangan, pengaturan) di $LOCALAPPDATA\Konvergensi — tidak dapat dikembalikan"
LangString SEC_UNDATA ${LANG_ENGLISH} "Also delete ALL DATA (database, files, backups, settings) in $LOCALAPPDATA\Konvergensi — cannot be undone"
LangString PATH_TOO_LONG ${LANG_INDONESIAN} "PATH pengguna terlalu panjang untuk diubah dengan aman; perintah konvergensi tidak ditambahkan ke PATH."
LangString PATH_TOO_LONG ${LANG_ENGLISH} "The user PATH is too long to change safely; the konvergensi command was not added to it."
LangString SHORTCUT_DESCRIPTION ${LANG_INDONESIAN} "Sekretariat TPPS: rapat, verval KRS, kasus stunting, Aksi Konvergensi dan laporan"
LangString SHORTCUT_DESCRIPTION ${LANG_ENGLISH} "TPPS secretariat: meetings, KRS verification, stunting cases, Aksi Konvergensi and reports"
LangString TYPE_EXCHANGE ${LANG_INDONESIAN} "Berkas pertukaran data Konvergensi"
LangString TYPE_EXCHANGE ${LANG_ENGLISH} "Konvergensi data exchange file"
LangString TYPE_IDENTITY ${LANG_INDONESIAN} "Identitas kantor Konvergensi"
LangString TYPE_IDENTITY ${LANG_ENGLISH} "Konvergensi office identity"

; Refuses while a Konvergensi launcher runs (it holds the mutex). Silent: gives up at once with exit code 3.
!macro REFUSE_WHILE_RUNNING
  retry_running:
  System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${RUNNING_MUTEX}") p .r0'
  ${If} $0 P<> 0
    System::Call 'kernel32::CloseHandle(p r0)'
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(RUNNING)" /SD IDCANCEL IDRETRY retry_running
    SetErrorLevel ${ERROR_RUNNING}
    Quit
  ${EndIf}
!macroend

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
  !insertmacro REFUSE_WHILE_RUNNING
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
  !insertmacro REFUSE_WHILE_RUNNING
FunctionEnd

Section "$(SEC_PROGRAM)" SecProgram
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program folder whole (no stale modules of an older version); data lives elsewhere.
  RMDir /r "$INSTDIR\python"
  Delete "$INSTDIR\konvergensi.exe"
  Delete "$INSTDIR\konvergensiw.exe"
  File /r "${STAGE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS"
  CreateShortcut "$SMPROGRAMS\Konvergensi.lnk" "$INSTDIR\konvergensiw.exe" "" "$INSTDIR\konvergensiw.exe" 0 \
    SW_SHOWNORMAL "" "$(SHORTCUT_DESCRIPTION)"

  WriteRegStr HKCU "${APP_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${APP_KEY}" "Version" "${VERSION}"

  ; Apps & features.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\konvergensiw.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${SIZE_KB}
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1

  ; .konv (data exchange) and .konvid (office identity) open in the running window (single instance).
  WriteRegStr HKCU "Software\Classes\.konv" "" "Konvergensi.Pertukaran"
  WriteRegStr HKCU "Software\Classes\Konvergensi.Pertukaran" "" "$(TYPE_EXCHANGE)"
  WriteRegStr HKCU "Software\Classes\Konvergensi.Pertukaran\DefaultIcon" "" "$INSTDIR\konvergensiw.exe,0"
  WriteRegStr HKCU "Software\Classes\Konvergensi.Pertukaran\shell\open\command" "" \
    '"$INSTDIR\konvergensiw.exe" gui --buka "%1"'
  WriteRegStr HKCU "Software\Classes\.konvid" "" "Konvergensi.Identitas"
  WriteRegStr HKCU "Software\Classes\Konvergensi.Identitas" "" "$(TYPE_IDENTITY)"
  WriteRegStr HKCU "Software\Classes\Konvergensi.Identitas\DefaultIcon" "" "$INSTDIR\konvergensiw.exe,0"
  WriteRegStr HKCU "Software\Classes\Konvergensi.Identitas\shell\open\command" "" \
    '"$INSTDIR\konvergensiw.exe" gui --buka "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; konvergensi.exe on the user's PATH (HKCU\Environment), once.
  ReadRegStr $1 HKCU "Environment" "Path"
  StrLen $2 $1
  ${If} $2 > 900
    DetailPrint "$(PATH_TOO_LONG)"
  ${Else}
    ${StrStr} $3 ";$1;" ";$INSTDIR;"
    ${If} $3 == ""
      ${If} $1 == ""
        WriteRegExpandStr HKCU "Environment" "Path" "$INSTDIR"
      ${Else}
        WriteRegExpandStr HKCU "Environment" "Path" "$1;$INSTDIR"
      ${EndIf}
      SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
    ${EndIf}
  ${EndIf}
SectionEnd

Section /o "$(SEC_DESKTOP)" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\Konvergensi.lnk" "$INSTDIR\konvergensiw.exe" "" "$INSTDIR\konvergensiw.exe" 0 \
    SW_SHOWNORMAL "" "$(SHORTCUT_DESCRIPTION)"
SectionEnd

Section "un.$(SEC_UNPROGRAM)" UnSecProgram
  SectionIn RO
  SetShellVarContext current
  ; Only what the installer put there: a folder the person chose may hold other files.
  RMDir /r "$INSTDIR\python"
  Delete "$INSTDIR\konvergensi.exe"
  Delete "$INSTDIR\konvergensiw.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\Konvergensi.lnk"
  Delete "$DESKTOP\Konvergensi.lnk"

  ReadRegStr $1 HKCU "Software\Classes\Konvergensi.Pertukaran\shell\open\command" ""
  ${UnStrStr} $2 $1 "$INSTDIR\konvergensiw.exe"
  ${If} $2 != ""
    DeleteRegKey HKCU "Software\Classes\Konvergensi.Pertukaran"
    DeleteRegKey HKCU "Software\Classes\Konvergensi.Identitas"
    DeleteRegKey HKCU "Software\Classes\.konv"
    DeleteRegKey HKCU "Software\Classes\.konvid"
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  ${EndIf}

  ReadRegStr $1 HKCU "Environment" "Path"
  StrLen $2 $1
  ${If} $2 <= 900
    ${UnStrRep} $3 ";$1;" ";$INSTDIR;" ";"
    StrCpy $3 $3 "" 1
    StrCpy $3 $3 -1
    ${If} $3 != $1
      WriteRegExpandStr HKCU "Environment" "Path" $3
      SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
    ${EndIf}
  ${EndIf}

  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegValue HKCU "${APP_KEY}" "InstallLocation"
  DeleteRegValue HKCU "${APP_KEY}" "Version"
  DeleteRegKey /ifempty HKCU "${APP_KEY}"
SectionEnd

Section /o "un.$(SEC_UNDATA)" UnSecData
  SetShellVarContext current
  RMDir /r "$LOCALAPPDATA\Konvergensi"
  DeleteRegKey HKCU "${APP_KEY}"
SectionEnd
