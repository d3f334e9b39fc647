"""CnakeCharmer: mirrored Python/Cython pairs, each verified equivalent and benchmarked."""
