# Build the CPO Desktop one-folder bundle on Windows into dist\CPO Desktop\,
# then the installer too if Inno Setup's ISCC.exe is on PATH.
$ErrorActionPreference = 'Stop'

$PyInstallerVersion = '6.22.3'
$Root = Resolve-Path (Join-Path $PSScriptRoot '..')
$Venv = Join-Path $Root 'build\venv'
$Py = Join-Path $Venv 'Scripts\python.exe'

function Invoke-Checked {
    & $args[0] $args[1..($args.Count - 1)]
    if ($LASTEXITCODE -ne 0) { throw "Failed ($LASTEXITCODE): $($args -join ' ')" }
}

Push-Location $Root
try {
    Invoke-Checked python -m venv $Venv
    Invoke-Checked $Py -m pip install --upgrade pip
    Invoke-Checked $Py -m pip install . "pyinstaller==$PyInstallerVersion"
    Invoke-Checked $Py -m PyInstaller packaging\cpo_desktop.spec --noconfirm --clean `
        --distpath "$Root\dist" --workpath "$Root\build\pyinstaller"
    Write-Host "Built: $Root\dist\CPO Desktop\CPO Desktop.exe"

    $Iscc = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    if ($Iscc) {
        $Version = & $Py -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
        Invoke-Checked $Iscc.Source "/DAppVersion=$Version" packaging\installer.iss
        Write-Host "Installer: $Root\dist\CPO-Desktop-Setup-$Version.exe"
    } else {
        Write-Host 'ISCC.exe not on PATH: skipped the installer (see packaging\README.md).'
    }
} finally {
    Pop-Location
}
