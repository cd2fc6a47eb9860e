"""Prints the README's Package.swift with its specgen URL replaced by argv[2] and an executable target added that
uses the library, so that CI builds exactly the manifest the README tells users to paste."""
import re
import sys

readme = open(sys.argv[1]).read()
manifest = re.search(r"^```swift\n(// swift-tools-version.*?)^```$", readme, re.S | re.M).group(1)
manifest, count = re.subn(r'\.package\(url: "[^"]*", from: "0\.1\.0"\)',
                          f'.package(url: "{sys.argv[2]}", from: "0.1.0")', manifest)
assert count == 1, "the README's manifest has no .package(url: ..., from: \"0.1.0\") line"
executable = '        .executableTarget(name: "decode-frames", dependencies: ["OsuAPI"]),\n'
assert "    targets: [\n" in manifest, "the README's manifest has no targets list"
print(manifest.replace("    targets: [\n", "    targets: [\n" + executable, 1), end="")
