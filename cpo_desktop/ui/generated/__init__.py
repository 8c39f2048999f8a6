"""Python code generated from forms/*.ui; do not edit, run packaging/compile_forms.py."""
