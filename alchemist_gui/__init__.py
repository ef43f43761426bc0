"""Alchemist's desktop app: the story and stage of a real GPT's forward pass, and the window around them.

Importing this package imports nothing else; see README.md in this folder for the layout.
"""
