"""The Python half of the CnakeCharmer engine: form checks, transpiling, running, comparing.

The TypeScript engine (server/engine) drives these modules in child processes; the JSON
each one prints is described in server/engine/contract.ts and nowhere else.
"""
