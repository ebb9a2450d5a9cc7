# Build Myna Prep for Windows: the PyInstaller bundle (myna-prep.exe windowed + myna-prep-cli.exe console)
# and the per-user Inno Setup installer. Needs the venv with the build extra and Inno Setup 6 (iscc.exe).
#   powershell -File packaging\build-windows.ps1 [OUT_DIR]        (default: build\packaging)
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path "$PSScriptRoot\..").Path
$Out = if ($args.Count -gt 0) { $args[0] } else { "$Root\build\packaging" }
New-Item -ItemType Directory -Force -Path $Out | Out-Null
$Out = (Resolve-Path $Out).Path
$Python = if ($env:PYTHON) { $env:PYTHON } else { "$Root\.venv\Scripts\python.exe" }
$Iscc = if ($env:ISCC) { $env:ISCC } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
$Started = Get-Date
Set-Location $Root

function Invoke-Checked { & $args[0] $args[1..($args.Count - 1)]; if ($LASTEXITCODE) { throw "failed: $args" } }

$Version = (& $Python -c "from importlib.metadata import version; print(version('myna-prep'))").Trim()
Invoke-Checked $Python translations\build.py --release-only
Invoke-Checked $Python -m PyInstaller --noconfirm --log-level WARN --distpath "$Out\dist" --workpath "$Out\work" packaging\myna-prep.spec
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Checked $Python packaging\make_icons.py "$Out\icons"
Invoke-Checked $Iscc /Q "/DAppVersion=$Version" "/DSourceDir=$Out\dist\myna-prep" "/DIconFile=$Out\icons\jp.mynaprep.MynaPrep.ico" "/DOutputDir=$Out" packaging\windows\myna-prep.iss
Write-Host ("== done in {0:N0} s: $Out\myna-prep-$Version-windows-setup.exe" -f ((Get-Date) - $Started).TotalSeconds)
