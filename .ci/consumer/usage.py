"""Prints the Swift code block of the README's "Usage" section, verbatim."""
import re
import sys

readme = open(sys.argv[1]).read()
usage = readme[readme.index("\n## Usage"):]
print(re.search(r"^```swift\n(.*?)^```$", usage, re.S | re.M).group(1), end="")
