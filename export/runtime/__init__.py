"""Turning (model folder, prompt, settings) into posts: one generator, two engines.

``load_generator(cfg, name)`` picks the engine and variant: on the CPU the best published ONNX variant
(int8 > int4 > fp32), else PyTorch on the trained folder; on a GPU the PyTorch engine with its
CUDA-graph decode step (:class:`GraphEngine`), or with ``engine="onnx"`` ONNX Runtime's CUDA provider
(fp16 > fp32). Each loaded model has one decode loop, :class:`Scheduler` (continuous batching): every
request (any prompt, count, seed and settings) joins it at a step boundary and leaves as its posts end:

* the prompt (after the model's ``prefix``, ``<|endoftext|>``) is run once at batch 1 and its KV cache
  merged into the loop's cache for the ``n`` posts, decoded one token per step beside the other
  requests' posts (``runtime.max_batch`` at once; on the CUDA-graph engine, in slots of one preallocated
  cache, each step a graph recorded per power-of-two batch size);
* tokens are chosen by one numpy sampler (greedy, or temperature / top-k / top-p with the request's own
  seeded ``numpy.random.Generator``), so a seed gives the same posts whatever shares the batch, and on
  either engine when their logits agree;
* a post ends at end-of-text or at any token holding a newline (it would be cut there anyway), those
  tokens are suppressed until ``min_length``, and decoding stops once every post has ended.

The ONNX engine runs its own loop over an ``onnxruntime.InferenceSession`` of the exported
with-past graph (``past_key_values.*`` in, ``present.*`` out), with IO binding so the cache stays in
ONNX Runtime's buffers between steps (on the GPU). On the CPU the graph is rewritten as it loads
(:mod:`export.runtime.shared_cache`) to write one preallocated cache in place, kept in int8 when the
variant's export allowed it (:mod:`export.runtime.cache_quant`), and its output layer may be cut to the
account's tokens (:mod:`export.runtime.vocabulary`). An int4 GPT-2 may have its small steps run by
the native engine instead (:mod:`export.runtime.native`: the whole step as one C++ call on the same
weights and cache), up to the batch size the export timed it faster at on this kind of CPU. On the
benchmark (GPT-2 124M, 2 cores) the ONNX engine is 1.3x optimum's ``ORTModelForCausalLM.generate`` on
the same int8 graph at batch 1 and 2.5x on the bot's 5 sampled posts. Sessions use ``runtime.threads``
intra-op threads (0: one per physical core), one inter-op thread, and no spinning, so idle generators
leave no busy threads (the native engine's OpenMP threads spin for a moment after a step, then sleep).

Posts that copy a training post (:mod:`export.originality`) are drawn again, a few times, keeping the
least-copied one.
"""

from export.runtime.engines import Engine, GraphEngine, OnnxEngine, TorchEngine
from export.runtime.errors import GenerationError, PromptTooLongError
from export.runtime.generator import Generator
from export.runtime.loading import (
    ENGINES,
    auto_engine,
    best_variant,
    load_generator,
    open_variant,
)
from export.runtime.sampling import Sampling, choose_tokens
from export.runtime.scheduler import Scheduler
from export.runtime.tokens import Tokens

__all__ = [
    "ENGINES",
    "Engine",
    "GenerationError",
    "Generator",
    "GraphEngine",
    "OnnxEngine",
    "PromptTooLongError",
    "Sampling",
    "Scheduler",
    "Tokens",
    "TorchEngine",
    "auto_engine",
    "best_variant",
    "choose_tokens",
    "load_generator",
    "open_variant",
]
