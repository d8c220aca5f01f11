"""imitate: fine-tune GPT-2 on an account's posts, export it to ONNX, serve it in Discord.

This small package holds what trainer/, export/ and bot/ share: settings, paths, logging, the CLI.
"""

__version__ = "0.1.0"
