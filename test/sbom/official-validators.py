"""Runs the official SBOM validators on many documents in one process; prints one JSON line per document.

  python official-validators.py ntia FILE...       (ntia-conformance-checker, on SPDX 2.3 JSON)
  python official-validators.py cyclonedx FILE...  (cyclonedx-python-lib's strict JSON validator)
"""

import json
import sys


def ntia(path):
    from ntia_conformance_checker import SbomChecker

    checker = SbomChecker(path, validate=True, compliance="ntia")
    report = checker.output_json()
    return {
        "file": path,
        "conformant": report["isNtiaConformant"],
        "parsingErrors": [str(error) for error in report["parsingError"]],
        "validationMessages": [str(message) for message in report["validationMessages"]],
        "components": report["totalNumberComponents"],
        "floating": sorted(report["graphValidation"]["floatingComponents"]["floatingComponentIds"]),
        "unknownPointers": report["graphValidation"]["unknownPointers"]["hasUnknownPointers"],
        "author": report["authorNameProvided"],
        "timestamp": report["timestampProvided"],
        "relationships": report["dependencyRelationshipsProvided"],
        "withoutNames": len(checker.get_components_without_names()),
        "withoutVersions": len(checker.get_components_without_versions()),
        "withoutIdentifiers": len(checker.get_components_without_identifiers()),
        "withoutSuppliers": len(checker.get_components_without_suppliers()),
    }


def cyclonedx(path):
    from cyclonedx.schema import SchemaVersion
    from cyclonedx.validation.json import JsonStrictValidator

    with open(path, encoding="utf-8") as file:
        text = file.read()
    version = SchemaVersion.from_version(json.loads(text)["specVersion"])
    errors = JsonStrictValidator(version).validate_str(text, all_errors=True)
    return {"file": path, "version": version.to_version(), "errors": [str(error.data.message) for error in (errors or [])]}


def main():
    check = {"ntia": ntia, "cyclonedx": cyclonedx}[sys.argv[1]]
    for path in sys.argv[2:]:
        print(json.dumps(check(path)), flush=True)


main()
