"""trainer: fetch an account's posts, clean them, fine-tune GPT-2, write a Hugging Face model folder.

It knows nothing of ONNX or Discord: its output is a plain model folder.
"""
