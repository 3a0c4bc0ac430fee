"""Validates front matter against kader's exported JSON Schemas with an independent validator.

usage: validate.py SCHEMA_DIR KIND=PATH ...   prints one line per file: "ok PATH" or "error PATH: message"
"""
import json
import sys

import jsonschema
import yaml


class Loader(yaml.SafeLoader):
    """YAML as an editor's language server sees it: dates stay text."""


Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def front_matter(path):
    text = open(path, encoding="utf-8-sig").read().replace("\r\n", "\n")
    if path.endswith(".yml"):
        return yaml.load(text, Loader=Loader) or {}
    lines = text.split("\n")
    end = lines.index("---", 1)
    return yaml.load("\n".join(lines[1:end]), Loader=Loader) or {}


schema_dir = sys.argv[1]
for argument in sys.argv[2:]:
    kind, path = argument.split("=", 1)
    schema = json.load(open(f"{schema_dir}/{kind}.schema.json"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(front_matter(path)), key=lambda e: e.message)
    print(f"error {path}: {errors[0].message}" if errors else f"ok {path}")
