#!/usr/bin/env python3
"""Writes test/fixtures/cognito-contract.json from the cognito-idp service model botocore ships.

Usage: python3 scripts/extract-cognito-contract.py [output path]. The fixture is committed; test/core/protocol/contract.test.ts walks it. Regenerate after a
botocore upgrade with `python3 scripts/extract-cognito-contract.py` and review the diff: a changed
constraint is a change of Cognito's contract the kit must follow.
"""
import glob
import gzip
import json
import os
import sys

import botocore

OPERATIONS = [
    "ResendConfirmationCode",
    "ConfirmSignUp",
    "GetUserAttributeVerificationCode",
    "VerifyUserAttribute",
    # Only USER_AUTH is sent: with ConfirmSignUp's Session, or with PREFERRED_CHALLENGE PASSWORD after a
    # reset; the contract test checks the kit's restrictions stay within the model.
    "InitiateAuth",
    # Password reset (#30): the code sender and the code check with the new password.
    "ForgotPassword",
    "ConfirmForgotPassword",
]
CONSTRAINTS = ("min", "max", "pattern", "enum", "sensitive")
# Java's predefined whitespace classes are ASCII only; JavaScript's \s is Unicode-wide.
JAVA_SPACE = " \\t\\n\\x0B\\f\\r"


def load_model():
    root = os.path.join(os.path.dirname(botocore.__file__), "data", "cognito-idp")
    files = sorted(glob.glob(os.path.join(root, "*", "service-2.json*")))
    if not files:
        sys.exit("extract-cognito-contract: no cognito-idp service-2.json in botocore " + botocore.__version__)
    path = files[-1]
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return json.load(handle), os.path.relpath(path, os.path.dirname(botocore.__file__))


def js_pattern(pattern):
    """The model's Java-style pattern as JavaScript source for `new RegExp(source, 'u')`.

    Cognito's (Java) validator matches the whole value, so the result is anchored. `\\p{L}` and
    friends need the `u` flag; `\\s`/`\\S` become Java's ASCII whitespace set.
    """
    out = []
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            escape = pattern[i + 1]
            if escape == "s":
                out.append(JAVA_SPACE if in_class else "[" + JAVA_SPACE + "]")
            elif escape == "S":
                if in_class:
                    # `[\S]` is the only form the model uses; a mix would need set subtraction.
                    if pattern[i - 1] != "[" or pattern[i + 2] != "]":
                        sys.exit("extract-cognito-contract: cannot translate \\S inside " + pattern)
                    out.append("^" + JAVA_SPACE)
                else:
                    out.append("[^" + JAVA_SPACE + "]")
            elif escape == "p" and pattern[i + 2] == "{":
                end = pattern.index("}", i)
                out.append(pattern[i:end + 1])
                i = end + 1
                continue
            else:
                out.append(pattern[i:i + 2])
            i += 2
            continue
        if char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        out.append(char)
        i += 1
    return "^(?:" + "".join(out) + ")$"


def describe(shapes, name, trail=()):
    if name in trail:
        sys.exit("extract-cognito-contract: recursive shape " + name)
    shape = shapes[name]
    result = {"shape": name, "type": shape["type"]}
    for key in CONSTRAINTS:
        if key in shape:
            result[key] = shape[key]
    if "pattern" in shape:
        result["jsPattern"] = js_pattern(shape["pattern"])
    if shape["type"] == "structure":
        result["required"] = shape.get("required", [])
        result["members"] = {
            member: describe(shapes, ref["shape"], trail + (name,)) for member, ref in shape["members"].items()
        }
    elif shape["type"] == "map":
        result["key"] = describe(shapes, shape["key"]["shape"], trail + (name,))
        result["value"] = describe(shapes, shape["value"]["shape"], trail + (name,))
    elif shape["type"] == "list":
        result["member"] = describe(shapes, shape["member"]["shape"], trail + (name,))
    return result


def main():
    model, source = load_model()
    shapes = model["shapes"]
    operations = {}
    for name in OPERATIONS:
        operation = model["operations"][name]
        operations[name] = {
            "input": describe(shapes, operation["input"]["shape"]),
            "output": describe(shapes, operation["output"]["shape"]) if "output" in operation else None,
            "errors": sorted(error["shape"] for error in operation.get("errors", [])),
        }
    contract = {
        "generatedBy": "scripts/extract-cognito-contract.py",
        "source": {
            "botocore": botocore.__version__,
            "file": source.replace(os.sep, "/"),
            "apiVersion": model["metadata"]["apiVersion"],
            "targetPrefix": model["metadata"]["targetPrefix"],
        },
        "notes": [
            "min/max count Unicode code points (Smithy @length); patterns match the whole value (Java matches()).",
            "jsPattern is the model pattern translated for new RegExp(jsPattern, 'u'): \\s and \\S use Java's ASCII whitespace.",
        ],
        "operations": operations,
    }
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "fixtures", "cognito-contract.json")
    # An explicit path lets the contract test compare a fresh extraction with the committed fixture.
    target = sys.argv[1] if len(sys.argv) > 1 else default
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as handle:
        json.dump(contract, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
    print("extract-cognito-contract: wrote " + os.path.normpath(target) + " from botocore " + botocore.__version__)


if __name__ == "__main__":
    main()
