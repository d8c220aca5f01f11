// A GPT-2 decode step in one call: the int4 variant's own weights, int8 activations, no graph.
//
// Built on the machine that runs it (export/runtime/native/build.py: g++ -O3 -march=native -fopenmp),
// loaded with ctypes. Python owns every buffer (the repacked weights, the KV cache, the outputs) and
// passes pointers; this file only computes. What it computes is ONNX Runtime's graph of the same variant
// (tests/test_native.py holds the logits to the in-place ONNX engine's):
//
//   x = embeddings (done in Python)
//   per layer: a = LN1(x); qkv = a W_qkv + b; o = attention(qkv, cache); x += o W_o + b_o
//              a = LN2(x); x += gelu(a W_fc + b_fc) W_p + b_p
//   logits = LN_f(x at each row's last token) W_out (the kept rows), then the escape column.
//
// Products: MatMulNBits' 4-bit weights (stored nibble q, value (q - zero point) x scale, one scale per
// block of K), times the activations quantized per row and per block to int8 (round(a / s), s = max|a| /
// 127), as ONNX Runtime's accuracy level 4 does. Eight outputs are computed at once, one per 32-bit lane
// (product_tile). With AVX-512 VNNI, vpdpbusd adds four nibble x int8 products to each lane; with AVX2,
// vpmaddubsw gives pairs of at most 2 x 15 x 127 = 3810, so eight of them add up in int16 without
// overflow before vpmaddwd widens them. The zero point comes off afterwards as zero point x scale x sum(a).
// With AVX-512 (F, BW and VNNI), a group is 16 outputs in a 512-bit register (product_tile_wide): each
// broadcast of a row's values serves 16 outputs. On a Zen 5 EPYC, whose 512-bit units are full width, the
// 48 products of GPT-2 124M took 1.5-1.7x less time that way than on 256-bit registers from 5 to 125 rows,
// and 1.1-1.5x at 1 row (-DIMITATE_NARROW builds the 256-bit path). The weights start on a cache line.
// With AMX (Intel's int8 tiles, isa 5), products of 12 rows or more run on tiles instead (product_amx).
//
// Attention reads each row's int8 (or float) cache as float: a GPT-2 head's 64 values stay in registers,
// keys are scored eight positions at a time, and the next row and head's cache is prefetched (attend64).
#include <math.h>
#include <stdint.h>
#include <string.h>

#include <algorithm>
#include <vector>

#ifdef _OPENMP
#include <omp.h>
#endif
#if defined(__AVX2__) && defined(__FMA__)
#include <immintrin.h>
#define IMITATE_AVX2 1
#if defined(__AVX512VNNI__) && defined(__AVX512VL__)
#define IMITATE_VNNI 1  // vpdpbusd on 256-bit registers, and 32 of them
#if !defined(IMITATE_NARROW) && defined(__AVX512F__) && defined(__AVX512BW__)
#define IMITATE_WIDE 1  // and on 512-bit ones: groups of 16 outputs
#if !defined(IMITATE_NO_AMX) && defined(__AMX_TILE__) && defined(__AMX_INT8__)
#define IMITATE_AMX 1  // and AMX's int8 tiles for products of many rows
#include <sys/syscall.h>
#include <unistd.h>
#endif
#endif
#endif
#endif

#ifdef IMITATE_AMX
// Linux lends a process AMX's tile state only when asked (arch_prctl); where it says no, the vector tiles run
static bool amx_ready() {
    static const bool ready = syscall(SYS_arch_prctl, 0x1023 /* ARCH_REQ_XCOMP_PERM */, 18 /* XTILEDATA */) == 0;
    return ready;
}
#endif

extern "C" {

// One 4-bit product: y [M, N] = x [M, K] W^T (+ bias). W is interleaved (engine.py, Interleaved) in groups
// of G = imitate_native_group() outputs (the last one padded): for each group and each 8 values of K, 4 G
// bytes, 4 per output; byte 4j + i holds value i of output j in its low nibble and value 4 + i in its high
// one. G is 8, one output per 32-bit lane of a 256-bit register, or 16 in a build with 512-bit ones.
struct Linear {
    int32_t n, k, block;  // block: values of K per scale (a multiple of 32)
    const uint8_t* packed;  // [N / G, K / 8, 4 G]
    const float* scales;  // [N / G, K / block, G]
    const float* zero_scales;  // [N / G, K / block, G]: zero point x scale
    const float* bias;  // [N / G x G] or null
};

struct Layer {
    const float *ln1_g, *ln1_b, *ln2_g, *ln2_b;
    Linear qkv, proj, fc, out;
};

struct Model {
    int32_t layers, hidden, heads, head_dim, cached;  // cached: 1 when the cache is int8 (key_scales set)
    float eps, scale;  // layer norm epsilon; attention scale
    const Layer* layer;
    const float *lnf_g, *lnf_b;
    Linear head;  // the output layer's kept rows
    float escape_log_odds;  // the escape column's logit is logsumexp(kept) + this; NAN: no escape column
    const float* const* key_scales;  // [layers] -> [heads, head_dim] (int8 cache only)
    const float* const* value_scales;
};

int imitate_native_version() { return 1; }

int imitate_native_isa() {
#if defined(IMITATE_AMX)
    if (amx_ready()) return 5;
#endif
#if defined(IMITATE_WIDE)
    return 4;
#elif defined(IMITATE_VNNI)
    return 3;
#elif defined(IMITATE_AVX2)
    return 2;
#else
    return 0;
#endif
}

// Outputs per group of the weights' layout (Linear)
int imitate_native_group() {
#ifdef IMITATE_WIDE
    return 16;
#else
    return 8;
#endif
}

void imitate_native_threads(int n) {
#ifdef _OPENMP
    omp_set_num_threads(n > 0 ? n : 1);
#else
    (void)n;
#endif
}

}  // extern "C"

namespace {

// --- vector helpers --------------------------------------------------------------------------------------

#ifdef IMITATE_AVX2
inline float hsum(__m256 v) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}

inline float hmax(__m256 v) {
    __m128 s = _mm_max_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_max_ps(s, _mm_movehl_ps(s, s));
    s = _mm_max_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}

// exp(x) for x <= 88: 2^n x p(r), r = x - n ln 2 in [-ln2/2, ln2/2], p of degree 6 (relative error ~2e-7).
inline __m256 exp8(__m256 x) {
    x = _mm256_max_ps(x, _mm256_set1_ps(-87.0f));
    x = _mm256_min_ps(x, _mm256_set1_ps(88.0f));
    __m256 n = _mm256_round_ps(_mm256_mul_ps(x, _mm256_set1_ps(1.44269504088896341f)),
                               _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    __m256 r = _mm256_fnmadd_ps(n, _mm256_set1_ps(0.693359375f), x);
    r = _mm256_fnmadd_ps(n, _mm256_set1_ps(-2.12194440e-4f), r);
    __m256 p = _mm256_set1_ps(1.9875691500e-4f);
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(1.3981999507e-3f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(8.3334519073e-3f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(4.1665795894e-2f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(1.6666665459e-1f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(5.0000001201e-1f));
    p = _mm256_fmadd_ps(p, _mm256_mul_ps(r, r), _mm256_add_ps(r, _mm256_set1_ps(1.0f)));
    __m256i e = _mm256_slli_epi32(_mm256_add_epi32(_mm256_cvtps_epi32(n), _mm256_set1_epi32(127)), 23);
    return _mm256_mul_ps(p, _mm256_castsi256_ps(e));
}

// 8 floats, or 8 int8 values (a cache's) as floats
inline __m256 load8(const float* p) { return _mm256_loadu_ps(p); }
inline __m256 load8(const int8_t* p) { return _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_loadl_epi64((const __m128i*)p))); }
#endif

// a . b, n values; b float or int8
template <typename T>
inline float dot(const float* a, const T* b, int n) {
    int i = 0;
    float s = 0.0f;
#ifdef IMITATE_AVX2
    __m256 acc = _mm256_setzero_ps();
    for (; i + 8 <= n; i += 8) acc = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), load8(b + i), acc);
    s = hsum(acc);
#endif
    for (; i < n; ++i) s += a[i] * (float)b[i];
    return s;
}

// y += w x, n values; x float or int8
template <typename T>
inline void axpy(float w, const T* x, float* y, int n) {
    int i = 0;
#ifdef IMITATE_AVX2
    __m256 wv = _mm256_set1_ps(w);
    for (; i + 8 <= n; i += 8) _mm256_storeu_ps(y + i, _mm256_fmadd_ps(wv, load8(x + i), _mm256_loadu_ps(y + i)));
#endif
    for (; i < n; ++i) y[i] += w * (float)x[i];
}

// --- layer norm, gelu ------------------------------------------------------------------------------------

void layer_norm(const float* x, const float* g, const float* b, float eps, int n, float* y) {
    float mean = 0.0f;
#pragma omp simd reduction(+ : mean)
    for (int i = 0; i < n; ++i) mean += x[i];
    mean /= n;
    float var = 0.0f;
#pragma omp simd reduction(+ : var)
    for (int i = 0; i < n; ++i) var += (x[i] - mean) * (x[i] - mean);
    float inv = 1.0f / sqrtf(var / n + eps);
#pragma omp simd
    for (int i = 0; i < n; ++i) y[i] = (x[i] - mean) * inv * g[i] + b[i];
}

// gelu_new (FastGelu): 0.5 x (1 + tanh(sqrt(2 / pi) (x + 0.044715 x^3))), tanh(u) = 1 - 2 / (exp(2u) + 1)
void gelu(float* x, int n) {
    int i = 0;
#ifdef IMITATE_AVX2
    const __m256 c = _mm256_set1_ps(0.7978845608028654f), d = _mm256_set1_ps(0.044715f);
    const __m256 one = _mm256_set1_ps(1.0f), two = _mm256_set1_ps(2.0f), half = _mm256_set1_ps(0.5f);
    for (; i + 8 <= n; i += 8) {
        __m256 v = _mm256_loadu_ps(x + i);
        __m256 u = _mm256_mul_ps(c, _mm256_fmadd_ps(_mm256_mul_ps(d, v), _mm256_mul_ps(v, v), v));
        __m256 t = _mm256_sub_ps(one, _mm256_div_ps(two, _mm256_add_ps(exp8(_mm256_mul_ps(two, u)), one)));
        _mm256_storeu_ps(x + i, _mm256_mul_ps(_mm256_mul_ps(half, v), _mm256_add_ps(one, t)));
    }
#endif
    for (; i < n; ++i) {
        float v = x[i];
        x[i] = 0.5f * v * (1.0f + tanhf(0.7978845608028654f * (v + 0.044715f * v * v * v)));
    }
}

// --- the 4-bit product -----------------------------------------------------------------------------------

// Activations of M rows quantized per block: q [M, K], scale and sum of q per (row, block).
struct Quantized {
    std::vector<int8_t> q;
    std::vector<float> scale, sum;  // per row and block: the scale s, and s x the sum of the block's int8 values
};

// `rows` >= m: the buffers' rows (AMX reads rows 16 at a time; the rows past m hold anything, and their sums
// are not used)
void quantize(const float* x, int m, int rows, int k, int block, Quantized& out) {
    int blocks = k / block;
#pragma omp single
    {
        out.q.resize((size_t)rows * k);
        out.scale.resize((size_t)rows * blocks);
        out.sum.resize((size_t)rows * blocks);
    }
#pragma omp for schedule(static)
    for (int r = 0; r < m; ++r) {
        for (int b = 0; b < blocks; ++b) {
            const float* a = x + (size_t)r * k + (size_t)b * block;
            float amax = 0.0f;
#pragma omp simd reduction(max : amax)
            for (int i = 0; i < block; ++i) amax = std::max(amax, fabsf(a[i]));
            float s = amax / 127.0f, inv = amax > 0.0f ? 127.0f / amax : 0.0f;
            int8_t* q = out.q.data() + (size_t)r * k + (size_t)b * block;
            int total = 0;
            for (int i = 0; i < block; ++i) {
                int v = (int)nearbyintf(a[i] * inv);
                q[i] = (int8_t)v;
                total += v;
            }
            out.scale[(size_t)r * blocks + b] = s;
            out.sum[(size_t)r * blocks + b] = s * (float)total;
        }
    }
}

#ifdef IMITATE_AVX2
// 32 bytes of a group's weights (8 values of K for each of 8 outputs): values k .. k+3 of each output in
// `lo`, k+4 .. k+7 in `hi`, 4 bytes per 32-bit lane
inline void nibbles(const uint8_t* p, __m256i low, __m256i& lo, __m256i& hi) {
    const __m256i v = _mm256_loadu_si256((const __m256i*)p);
    lo = _mm256_and_si256(v, low);
    hi = _mm256_and_si256(_mm256_srli_epi16(v, 4), low);
}

// a row's int8 values k .. k+3 in every lane of `first`, k+4 .. k+7 in every lane of `second`
inline void fours(const int8_t* x, __m256i& first, __m256i& second) {
    int32_t a, b;
    memcpy(&a, x, 4);
    memcpy(&b, x + 4, 4);
    first = _mm256_set1_epi32(a);
    second = _mm256_set1_epi32(b);
}
#endif

// What a tile reads: group g's weights (G outputs: 4 G bytes per 8 values of K, G scales per block) and,
// for rows r0 .. r0+R-1, their int8 values, block scales and scaled sums (Quantized)
template <int R, int G>
struct TileInputs {
    const int blocks, steps;
    const uint8_t* p;
    const float *ws, *wz;
    const int8_t* x[R];
    const float* sa[R];
    const float* sum[R];

    TileInputs(const Linear& w, const Quantized& a, int r0, int g)
        : blocks(w.k / w.block), steps(w.block / 8), p(w.packed + (size_t)g * (w.k / 8) * 4 * G),
          ws(w.scales + (size_t)g * blocks * G), wz(w.zero_scales + (size_t)g * blocks * G) {
#pragma GCC unroll 16
        for (int t = 0; t < R; ++t) {
            x[t] = a.q.data() + (size_t)(r0 + t) * w.k;
            sa[t] = a.scale.data() + (size_t)(r0 + t) * blocks;
            sum[t] = a.sum.data() + (size_t)(r0 + t) * blocks;
        }
    }
};

// How far ahead of the weights being read the tiles ask for them, a cache line at a time: on the Zen 5, 2 KB
// ahead made the 48 products of the 12 layers 10-25% faster from 1 to 125 rows with 512-bit registers, and
// 5-16% at 1-8 rows with 256-bit ones, VNNI or AVX2 (the hardware prefetcher alone fell behind)
constexpr int PREFETCH = 2048;

// y[r, 8g .. 8g+7] for rows r0 .. r0+R-1: the 8 outputs of group g, one per 32-bit lane. Per 8 values of K
// the group has 32 bytes (see Linear): their low nibbles are values k .. k+3 of each output, the high ones
// k+4 .. k+7, so one vpdpbusd (or vpmaddubsw and vpmaddwd) of them by 4 of a row's int8 values, broadcast,
// adds 4 products to each output's lane. A block's scales then apply to all 8 lanes at once. The loops over
// the R rows are unrolled, so that each row's sums stay in registers.
template <int R>
void product_tile(const Linear& w, const Quantized& a, int r0, int g, float* y, int ldy) {
    auto [blocks, steps, p, ws, wz, x, sa, sum] = TileInputs<R, 8>(w, a, r0, g);
    const int outputs = std::min(8, w.n - 8 * g);
    float out[R][8];
#ifdef IMITATE_AVX2
    const __m256i low = _mm256_set1_epi8(0x0F);
    __m256 acc[R];
#pragma GCC unroll 16
    for (int t = 0; t < R; ++t) acc[t] = _mm256_setzero_ps();
    for (int b = 0; b < blocks; ++b) {
        __m256i sums[R];
#pragma GCC unroll 16
        for (int t = 0; t < R; ++t) sums[t] = _mm256_setzero_si256();
#ifdef IMITATE_VNNI
        for (int s = 0; s < steps; ++s, p += 32) {
            if (s % 2 == 0) __builtin_prefetch(p + PREFETCH);  // 2 steps: a line
            __m256i lo, hi;
            nibbles(p, low, lo, hi);
#pragma GCC unroll 16
            for (int t = 0; t < R; ++t) {
                __m256i first, second;
                fours(x[t], first, second);
                sums[t] = _mm256_dpbusd_epi32(sums[t], lo, first);
                sums[t] = _mm256_dpbusd_epi32(sums[t], hi, second);
                x[t] += 8;
            }
        }
#else
        const __m256i ones = _mm256_set1_epi16(1);
        for (int s0 = 0; s0 < steps; s0 += 4) {  // int16 sums of 8 pairs: at most 8 x 2 x 15 x 127 = 30480
            __builtin_prefetch(p + PREFETCH);  // 4 steps: two lines
            __builtin_prefetch(p + PREFETCH + 64);
            __m256i narrow[R];
#pragma GCC unroll 16
            for (int t = 0; t < R; ++t) narrow[t] = _mm256_setzero_si256();
            for (int s = s0; s < s0 + 4; ++s, p += 32) {
                __m256i lo, hi;
                nibbles(p, low, lo, hi);
#pragma GCC unroll 16
                for (int t = 0; t < R; ++t) {
                    __m256i first, second;
                    fours(x[t], first, second);
                    narrow[t] = _mm256_add_epi16(narrow[t], _mm256_maddubs_epi16(lo, first));
                    narrow[t] = _mm256_add_epi16(narrow[t], _mm256_maddubs_epi16(hi, second));
                    x[t] += 8;
                }
            }
#pragma GCC unroll 16
            for (int t = 0; t < R; ++t) sums[t] = _mm256_add_epi32(sums[t], _mm256_madd_epi16(narrow[t], ones));
        }
#endif
        const __m256 scale = _mm256_loadu_ps(ws + 8 * b), zero = _mm256_loadu_ps(wz + 8 * b);
#pragma GCC unroll 16
        for (int t = 0; t < R; ++t) {
            acc[t] = _mm256_fmadd_ps(_mm256_cvtepi32_ps(sums[t]), _mm256_mul_ps(scale, _mm256_set1_ps(sa[t][b])), acc[t]);
            acc[t] = _mm256_fnmadd_ps(zero, _mm256_set1_ps(sum[t][b]), acc[t]);
        }
    }
    const __m256 bias = w.bias ? _mm256_loadu_ps(w.bias + 8 * g) : _mm256_setzero_ps();
    if (outputs == 8) {
#pragma GCC unroll 16
        for (int t = 0; t < R; ++t) _mm256_storeu_ps(y + (size_t)(r0 + t) * ldy + 8 * g, _mm256_add_ps(acc[t], bias));
        return;
    }
#pragma GCC unroll 16
    for (int t = 0; t < R; ++t) _mm256_storeu_ps(out[t], _mm256_add_ps(acc[t], bias));
#else
    for (int t = 0; t < R; ++t)
        for (int j = 0; j < 8; ++j) out[t][j] = w.bias ? w.bias[8 * g + j] : 0.0f;
    for (int b = 0; b < blocks; ++b) {
        for (int t = 0; t < R; ++t) {
            int s[8] = {0};
            for (int step = 0; step < steps; ++step) {
                const uint8_t* ps = p + (size_t)(b * steps + step) * 32;
                const int8_t* q = x[t] + (size_t)(b * steps + step) * 8;
                for (int j = 0; j < 8; ++j)
                    for (int i = 0; i < 4; ++i) s[j] += (ps[4 * j + i] & 15) * q[i] + (ps[4 * j + i] >> 4) * q[4 + i];
            }
            for (int j = 0; j < 8; ++j)
                out[t][j] += ws[8 * b + j] * sa[t][b] * (float)s[j] - wz[8 * b + j] * sum[t][b];
        }
    }
#endif
    for (int t = 0; t < R; ++t)
        for (int j = 0; j < outputs; ++j) y[(size_t)(r0 + t) * ldy + 8 * g + j] = out[t][j];
}

#ifdef IMITATE_WIDE
// product_tile for a build whose groups are 16 outputs, one per 32-bit lane of a 512-bit register: per 8
// values of K the group has 64 bytes, and each broadcast of a row's values serves all 16.
template <int R>
void product_tile_wide(const Linear& w, const Quantized& a, int r0, int g, float* y, int ldy) {
    auto [blocks, steps, p, ws, wz, x, sa, sum] = TileInputs<R, 16>(w, a, r0, g);
    const __m512i low = _mm512_set1_epi8(0x0F);
    __m512 acc[R];
#pragma GCC unroll 16
    for (int t = 0; t < R; ++t) acc[t] = _mm512_setzero_ps();
    for (int b = 0; b < blocks; ++b) {
        __m512i sums[R];
#pragma GCC unroll 16
        for (int t = 0; t < R; ++t) sums[t] = _mm512_setzero_si512();
        for (int s = 0; s < steps; ++s, p += 64) {
            __builtin_prefetch(p + PREFETCH);
            const __m512i v = _mm512_loadu_si512((const void*)p);
            const __m512i lo = _mm512_and_si512(v, low), hi = _mm512_and_si512(_mm512_srli_epi16(v, 4), low);
#pragma GCC unroll 16
            for (int t = 0; t < R; ++t) {
                int32_t first, second;
                memcpy(&first, x[t], 4);
                memcpy(&second, x[t] + 4, 4);
                sums[t] = _mm512_dpbusd_epi32(sums[t], lo, _mm512_set1_epi32(first));
                sums[t] = _mm512_dpbusd_epi32(sums[t], hi, _mm512_set1_epi32(second));
                x[t] += 8;
            }
        }
        const __m512 scale = _mm512_loadu_ps(ws + 16 * b), zero = _mm512_loadu_ps(wz + 16 * b);
#pragma GCC unroll 16
        for (int t = 0; t < R; ++t) {
            acc[t] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(sums[t]), _mm512_mul_ps(scale, _mm512_set1_ps(sa[t][b])), acc[t]);
            acc[t] = _mm512_fnmadd_ps(zero, _mm512_set1_ps(sum[t][b]), acc[t]);
        }
    }
    const __m512 bias = w.bias ? _mm512_loadu_ps(w.bias + 16 * g) : _mm512_setzero_ps();
    const int outputs = std::min(16, w.n - 16 * g);
    const __mmask16 mask = (__mmask16)((1u << outputs) - 1);
#pragma GCC unroll 16
    for (int t = 0; t < R; ++t)
        _mm512_mask_storeu_ps(y + (size_t)(r0 + t) * ldy + 16 * g, mask, _mm512_add_ps(acc[t], bias));
}
#endif

// Rows per pass: each row's integer and float sums stay in registers. With AVX-512's 32, 10 rows (20 sums);
// on a Zen 4 EPYC, 10 to 16 rows were within 10% of each other and 40% faster than 5 from 8 rows up. AVX2
// has 16, and its int16 sums need a third per row: 4 rows (a build with AVX-512 off on that Zen 4: 3 to 5
// rows within 8%).
#ifndef IMITATE_TILE
#ifdef IMITATE_VNNI
#define IMITATE_TILE 10
#else
#define IMITATE_TILE 4
#endif
#endif
constexpr int TILE = IMITATE_TILE;

#ifdef IMITATE_WIDE
constexpr int GROUP = 16;
template <int R>
void tile(const Linear& w, const Quantized& a, int r0, int g, float* y, int ldy) {
    product_tile_wide<R>(w, a, r0, g, y, ldy);
}
#else
constexpr int GROUP = 8;
template <int R>
void tile(const Linear& w, const Quantized& a, int r0, int g, float* y, int ldy) {
    product_tile<R>(w, a, r0, g, y, ldy);
}
#endif

// The last rows, fewer than TILE
template <int R>
void product_rest(const Linear& w, const Quantized& a, int rest, int r0, int g, float* y, int ldy) {
    if (rest == R) {
        tile<R>(w, a, r0, g, y, ldy);
    } else if constexpr (R > 1) {
        product_rest<R - 1>(w, a, rest, r0, g, y, ldy);
    }
}


#ifdef IMITATE_AMX
// --- AMX -------------------------------------------------------------------------------------------------
//
// An AMX tile holds 16 rows of 64 bytes; tdpbsud adds, for each of 16 rows m and 16 columns n of an int32
// tile, the products of row m of a signed tile A (64 int8 values of K) with column n of an unsigned tile B
// whose row j holds values 4j .. 4j+3 of K for each of the 16 columns. So A is 16 rows of the quantized
// activations as they are (stride K), and B is a 16-output group's nibbles for 64 values of K: in the
// weights' layout (Linear), the low nibbles of each 8 values' 64 bytes are B's row 2s, the high ones row
// 2s+1. The int32 sums of each block of K then take their scales (sa x ws) and zero points in floats, as in
// the vector tiles. Four int32 tiles (16 rows x 64 outputs) share each A tile (the activations, read from L2;
// the unpacked weights stay in L1). On a 2-core Xeon with AMX, GPT-2 124M's 48 products took 1.5x less time
// than with VNNI on 512-bit registers at 16 rows and 1.7-1.95x less at 32 to 128 rows (blocks of 256); tiles
// of 32 rows x 32 outputs were within 10% from 32 rows and 1.3x slower at 16. Where their time went at 128
// rows, from variants with one part left out: the tiles' loads of the activations ~30%, writing y ~30%,
// tdpbsud ~18%, the float sums ~13%, quantizing the rows ~12%.

struct TileConfig {
    uint8_t palette = 1, start_row = 0, reserved[14] = {};
    uint16_t colsb[16] = {};
    uint8_t rows[16] = {};
};

constexpr int AMX_MAX_BLOCK = 512;  // the most values of K per scale whose unpacked weights the B buffer holds

// From how many rows a product runs on AMX: at 8 and 10 rows the 512-bit VNNI tiles (10 rows a pass) were
// 5-10% faster there, at 12 and 14 rows AMX was 10% faster
#ifndef IMITATE_AMX_ROWS
#define IMITATE_AMX_ROWS 12
#endif

// y [m, N] = x W^T + bias on AMX: every thread a share of the fours of 16-output groups; `rows`: m rounded
// up to 16 (the rows of `a`)
void product_amx(const Linear& w, const Quantized& a, int m, int rows, float* y) {
    alignas(64) TileConfig config;
    for (int t = 0; t < 8; ++t) {
        config.colsb[t] = 64;
        config.rows[t] = 16;
    }
    _tile_loadconfig(&config);
    const int k = w.k, blocks = k / w.block, steps = w.block / 64, groups = (w.n + 15) / 16;
    alignas(64) uint8_t unpacked[4][AMX_MAX_BLOCK / 64][16 * 64];
    alignas(64) int32_t sums[4][16 * 16];
    std::vector<float> acc((size_t)rows * 64);
    const __m512i low = _mm512_set1_epi8(0x0F);
#pragma omp for schedule(static)
    for (int quad = 0; quad < (groups + 3) / 4; ++quad) {
        const int g0 = 4 * quad, count = std::min(4, groups - g0);
        for (int j = count; j < 4; ++j) memset(unpacked[j], 0, sizeof unpacked[j]);
        for (int b = 0; b < blocks; ++b) {
            __m512 scale[4], zero[4];
            for (int j = 0; j < count; ++j) {
                const uint8_t* p = w.packed + (size_t)(g0 + j) * (k / 8) * 64 + (size_t)b * (w.block / 8) * 64;
                for (int s = 0; s < steps; ++s)
                    for (int t = 0; t < 8; ++t, p += 64) {
                        const __m512i v = _mm512_loadu_si512((const void*)p);
                        _mm512_store_si512((void*)(unpacked[j][s] + 128 * t), _mm512_and_si512(v, low));
                        _mm512_store_si512((void*)(unpacked[j][s] + 128 * t + 64),
                                           _mm512_and_si512(_mm512_srli_epi16(v, 4), low));
                    }
                scale[j] = _mm512_loadu_ps(w.scales + ((size_t)(g0 + j) * blocks + b) * 16);
                zero[j] = _mm512_loadu_ps(w.zero_scales + ((size_t)(g0 + j) * blocks + b) * 16);
            }
            for (int r0 = 0; r0 < m; r0 += 16) {
                _tile_zero(0);
                _tile_zero(1);
                _tile_zero(2);
                _tile_zero(3);
                const int8_t* x = a.q.data() + (size_t)r0 * k + (size_t)b * w.block;
                for (int s = 0; s < steps; ++s, x += 64) {
                    _tile_loadd(4, x, k);
                    _tile_loadd(5, unpacked[0][s], 64);
                    _tile_dpbsud(0, 4, 5);
                    _tile_loadd(6, unpacked[1][s], 64);
                    _tile_dpbsud(1, 4, 6);
                    _tile_loadd(7, unpacked[2][s], 64);
                    _tile_dpbsud(2, 4, 7);
                    _tile_loadd(5, unpacked[3][s], 64);
                    _tile_dpbsud(3, 4, 5);
                }
                _tile_stored(0, sums[0], 64);
                _tile_stored(1, sums[1], 64);
                _tile_stored(2, sums[2], 64);
                _tile_stored(3, sums[3], 64);
                const int n_rows = std::min(16, m - r0);
                for (int i = 0; i < n_rows; ++i) {
                    const int r = r0 + i;
                    const __m512 sa = _mm512_set1_ps(a.scale[(size_t)r * blocks + b]);
                    const __m512 sum = _mm512_set1_ps(a.sum[(size_t)r * blocks + b]);
                    for (int j = 0; j < count; ++j) {
                        float* out = acc.data() + (size_t)r * 64 + 16 * j;
                        const __m512 c = _mm512_cvtepi32_ps(_mm512_load_si512((const void*)(sums[j] + 16 * i)));
                        const __m512 before = b ? _mm512_loadu_ps(out) : _mm512_setzero_ps();
                        __m512 v = _mm512_fmadd_ps(c, _mm512_mul_ps(scale[j], sa), before);
                        _mm512_storeu_ps(out, _mm512_fnmadd_ps(zero[j], sum, v));
                    }
                }
            }
        }
        for (int j = 0; j < count; ++j) {
            const int g = g0 + j, outputs = std::min(16, w.n - 16 * g);
            const __mmask16 mask = (__mmask16)((1u << outputs) - 1);
            const __m512 bias = w.bias ? _mm512_loadu_ps(w.bias + 16 * g) : _mm512_setzero_ps();
            for (int r = 0; r < m; ++r)
                _mm512_mask_storeu_ps(y + (size_t)r * w.n + 16 * g, mask,
                                      _mm512_add_ps(_mm512_loadu_ps(acc.data() + (size_t)r * 64 + 16 * j), bias));
        }
    }
    _tile_release();
}
#endif

// y [M, N] = x W^T + bias. Outputs in stretches whose weights stay in L1 while every TILE rows of x pass.
void product(const Linear& w, const float* x, int m, float* y, Quantized& scratch) {
#ifdef IMITATE_AMX
    if (m >= IMITATE_AMX_ROWS && w.block % 64 == 0 && w.block <= AMX_MAX_BLOCK && amx_ready()) {
        const int rows = (m + 15) / 16 * 16;
        quantize(x, m, rows, w.k, w.block, scratch);
        return product_amx(w, scratch, m, rows, y);
    }
#endif
    quantize(x, m, m, w.k, w.block, scratch);
    const int groups = (w.n + GROUP - 1) / GROUP, per = std::max(1, 24576 / (w.k * GROUP / 2));  // K G / 2 bytes each
    const int stretches = (groups + per - 1) / per;
#pragma omp for schedule(static)
    for (int e = 0; e < stretches; ++e) {
        const int g_end = std::min(groups, (e + 1) * per);
        int r = 0;
        for (; r + TILE <= m; r += TILE)
            for (int g = e * per; g < g_end; ++g) tile<TILE>(w, scratch, r, g, y, w.n);
        if (r < m)
            for (int g = e * per; g < g_end; ++g) product_rest<TILE - 1>(w, scratch, m - r, r, g, y, w.n);
    }
}

// --- attention -------------------------------------------------------------------------------------------

// x[i] = exp(x[i] - best), n values; returns their sum
float exp_shifted(float* x, int n, float best) {
    int i = 0;
    float total = 0.0f;
#ifdef IMITATE_AVX2
    __m256 s = _mm256_setzero_ps();
    const __m256 b = _mm256_set1_ps(best);
    for (; i + 8 <= n; i += 8) {
        const __m256 e = exp8(_mm256_sub_ps(_mm256_loadu_ps(x + i), b));
        _mm256_storeu_ps(x + i, e);
        s = _mm256_add_ps(s, e);
    }
    total = hsum(s);
#endif
    for (; i < n; ++i) total += (x[i] = expf(x[i] - best));
    return total;
}

#ifdef IMITATE_AVX2
// attend for a head of 64 values (every GPT-2 size), the query and the output in registers: scores eight
// positions at a time, their sums reduced together
template <typename T>
void attend64(const float* q, const T* keys, const T* values, int64_t seen, float* score, float* out) {
    __m256 qv[8];
#pragma GCC unroll 8
    for (int i = 0; i < 8; ++i) qv[i] = _mm256_loadu_ps(q + 8 * i);
    __m256 best8 = _mm256_set1_ps(-INFINITY);
    int64_t p = 0;
    for (; p + 8 <= seen; p += 8) {
        __m256 a[8];
#pragma GCC unroll 8
        for (int j = 0; j < 8; ++j) {
            const T* kp = keys + (size_t)(p + j) * 64;
            __m256 u = _mm256_mul_ps(qv[0], load8(kp)), v = _mm256_mul_ps(qv[1], load8(kp + 8));
#pragma GCC unroll 8
            for (int i = 2; i < 8; i += 2) {
                u = _mm256_fmadd_ps(qv[i], load8(kp + 8 * i), u);
                v = _mm256_fmadd_ps(qv[i + 1], load8(kp + 8 * i + 8), v);
            }
            a[j] = _mm256_add_ps(u, v);
        }
        const __m256 s01 = _mm256_hadd_ps(a[0], a[1]), s23 = _mm256_hadd_ps(a[2], a[3]);
        const __m256 s45 = _mm256_hadd_ps(a[4], a[5]), s67 = _mm256_hadd_ps(a[6], a[7]);
        const __m256 lo = _mm256_hadd_ps(s01, s23), hi = _mm256_hadd_ps(s45, s67);
        const __m256 eight = _mm256_add_ps(_mm256_permute2f128_ps(lo, hi, 0x20), _mm256_permute2f128_ps(lo, hi, 0x31));
        _mm256_storeu_ps(score + p, eight);
        best8 = _mm256_max_ps(best8, eight);
    }
    float best = hmax(best8);
    for (; p < seen; ++p) {
        score[p] = dot(q, keys + (size_t)p * 64, 64);
        best = std::max(best, score[p]);
    }
    const __m256 inv = _mm256_set1_ps(1.0f / exp_shifted(score, (int)seen, best));
    __m256 acc[8];
#pragma GCC unroll 8
    for (int i = 0; i < 8; ++i) acc[i] = _mm256_setzero_ps();
    for (p = 0; p < seen; ++p) {
        const __m256 wv = _mm256_set1_ps(score[p]);
        const T* vp = values + (size_t)p * 64;
#pragma GCC unroll 8
        for (int i = 0; i < 8; ++i) acc[i] = _mm256_fmadd_ps(wv, load8(vp + 8 * i), acc[i]);
    }
#pragma GCC unroll 8
    for (int i = 0; i < 8; ++i) _mm256_storeu_ps(out + 8 * i, _mm256_mul_ps(acc[i], inv));
}
#endif

// One row and head's query against its `seen` cached positions (keys and values [positions, d] from `keys`,
// `values`): out = softmax(q k) v. q is already scaled (by the attention scale and, for an int8 cache, the
// key scales); the value scales are applied by the caller. `score`: room for `seen` floats.
template <typename T>
void attend(const float* q, const T* keys, const T* values, int64_t seen, int d, float* score, float* out) {
#ifdef IMITATE_AVX2
    if (d == 64) return attend64(q, keys, values, seen, score, out);
#endif
    float best = -INFINITY;
    for (int64_t p = 0; p < seen; ++p) {
        score[p] = dot(q, keys + (size_t)p * d, d);
        best = std::max(best, score[p]);
    }
    const float inv = 1.0f / exp_shifted(score, (int)seen, best);
    std::fill(out, out + d, 0.0f);
    for (int64_t p = 0; p < seen; ++p) axpy(score[p] * inv, values + (size_t)p * d, out, d);
}

// Each row r has `added` new tokens after lengths[r] cached positions; qkv [rows x added, 3 x hidden].
// Writes the new keys and values into the cache (layer `l`: [capacity rows, heads, positions, head dim],
// float or int8) and the attention output into out [rows x added, hidden].
void attention(const Model& md, int l, const float* qkv, int rows, int added, const int64_t* lengths,
               void* key_cache, void* value_cache, int positions, float* out) {
    const int h_count = md.heads, d = md.head_dim, c = md.hidden;
    const bool int8 = md.cached != 0;
    const float* ks = int8 ? md.key_scales[l] : nullptr;
    const float* vs = int8 ? md.value_scales[l] : nullptr;
    std::vector<float> score((size_t)positions), q(d);  // this thread's
    const size_t size = int8 ? 1 : sizeof(float);
#pragma omp for schedule(static) collapse(2)
    for (int r = 0; r < rows; ++r) {
        for (int h = 0; h < h_count; ++h) {
            const size_t base = ((size_t)r * h_count + h) * positions * d;
            const int64_t start = lengths[r];
            // The next row and head's keys and values, from memory while these are read: each is a short run
            // (a few KB) of a large buffer, which the hardware prefetcher alone fetched at a third of the
            // memory's speed
            const int next = r + (h + 1) / h_count;
            if (next < rows) {
                const size_t from = (base + (size_t)positions * d) * size, bytes = (size_t)(lengths[next] + added) * d * size;
                for (size_t at = 0; at < bytes; at += 64) {
                    __builtin_prefetch((const char*)key_cache + from + at);
                    __builtin_prefetch((const char*)value_cache + from + at);
                }
            }
            for (int t = 0; t < added; ++t) {  // store the new keys and values
                const float* row = qkv + (size_t)(r * added + t) * 3 * c;
                const size_t at = base + (size_t)(start + t) * d;
                if (int8) {
                    int8_t* kc = (int8_t*)key_cache + at;
                    int8_t* vc = (int8_t*)value_cache + at;
                    for (int i = 0; i < d; ++i) {
                        float kq = nearbyintf(row[c + h * d + i] / ks[h * d + i]);
                        float vq = nearbyintf(row[2 * c + h * d + i] / vs[h * d + i]);
                        kc[i] = (int8_t)std::max(-127.0f, std::min(127.0f, kq));
                        vc[i] = (int8_t)std::max(-127.0f, std::min(127.0f, vq));
                    }
                } else {
                    memcpy((float*)key_cache + at, row + c + h * d, d * sizeof(float));
                    memcpy((float*)value_cache + at, row + 2 * c + h * d, d * sizeof(float));
                }
            }
            for (int t = 0; t < added; ++t) {
                const float* row = qkv + (size_t)(r * added + t) * 3 * c;
                const int64_t seen = start + t + 1;
                float* o = out + (size_t)(r * added + t) * c + h * d;
                for (int i = 0; i < d; ++i) q[i] = row[h * d + i] * md.scale * (int8 ? ks[h * d + i] : 1.0f);
                if (int8) {
                    attend(q.data(), (const int8_t*)key_cache + base, (const int8_t*)value_cache + base, seen, d,
                           score.data(), o);
                    for (int i = 0; i < d; ++i) o[i] *= vs[h * d + i];
                } else {
                    attend(q.data(), (const float*)key_cache + base, (const float*)value_cache + base, seen, d,
                           score.data(), o);
                }
            }
        }
    }
}

// the escape column: logsumexp of the kept logits plus the log odds
float log_sum_exp(const float* x, int n) {
    int i = 0;
    float best = -INFINITY;
#ifdef IMITATE_AVX2
    __m256 m = _mm256_set1_ps(-INFINITY);
    for (; i + 8 <= n; i += 8) m = _mm256_max_ps(m, _mm256_loadu_ps(x + i));
    best = hmax(m);
#endif
    for (; i < n; ++i) best = std::max(best, x[i]);
    i = 0;
    float total = 0.0f;
#ifdef IMITATE_AVX2
    __m256 s = _mm256_setzero_ps(), b = _mm256_set1_ps(best);
    for (; i + 8 <= n; i += 8) s = _mm256_add_ps(s, exp8(_mm256_sub_ps(_mm256_loadu_ps(x + i), b)));
    total = hsum(s);
#endif
    for (; i < n; ++i) total += expf(x[i] - best);
    return best + logf(total);
}

}  // namespace

extern "C" {

// One forward: `rows` rows of `added` new tokens each (a prefill: 1 row; a decode step: `added` 1), whose
// embeddings are x [rows x added, hidden] (overwritten: the residual stream). caches: 2 x layers pointers
// (key, value per layer), each [capacity rows, heads, positions, head dim]. Writes each row's last-token
// logits [rows, head.n (+1 escape column)] and final hidden state [rows, hidden].
int imitate_native_forward(const Model* md, float* x, int rows, int added, const int64_t* lengths,
                           void* const* caches, int positions, float* logits, float* hidden) {
    const Model& m = *md;
    const int c = m.hidden, tokens = rows * added;
    std::vector<float> a((size_t)tokens * c), qkv((size_t)tokens * 3 * c), o((size_t)tokens * c);
    std::vector<float> f((size_t)tokens * m.layer[0].fc.n);
    Quantized scratch;
    const bool escape = !isnan(m.escape_log_odds);
    const int width = m.head.n + (escape ? 1 : 0);
    std::vector<float> kept(escape ? (size_t)rows * m.head.n : 0);
    // One team for the whole step: each loop below is shared out among its threads, which wait for each
    // other at its end (a barrier costs less than starting the team for each of the ~60 loops of a step).
#pragma omp parallel
    {
        for (int l = 0; l < m.layers; ++l) {
            const Layer& L = m.layer[l];
#pragma omp for schedule(static)
            for (int t = 0; t < tokens; ++t)
                layer_norm(x + (size_t)t * c, L.ln1_g, L.ln1_b, m.eps, c, a.data() + (size_t)t * c);
            product(L.qkv, a.data(), tokens, qkv.data(), scratch);
            attention(m, l, qkv.data(), rows, added, lengths, caches[2 * l], caches[2 * l + 1], positions, o.data());
            product(L.proj, o.data(), tokens, a.data(), scratch);
#pragma omp for schedule(static)
            for (int t = 0; t < tokens; ++t) {
                float* xt = x + (size_t)t * c;
                for (int i = 0; i < c; ++i) xt[i] += a[(size_t)t * c + i];
                layer_norm(xt, L.ln2_g, L.ln2_b, m.eps, c, a.data() + (size_t)t * c);
            }
            product(L.fc, a.data(), tokens, f.data(), scratch);
#pragma omp for schedule(static)
            for (int t = 0; t < tokens; ++t) gelu(f.data() + (size_t)t * L.fc.n, L.fc.n);
            product(L.out, f.data(), tokens, a.data(), scratch);
#pragma omp for schedule(static)
            for (int t = 0; t < tokens; ++t)
                for (int i = 0; i < c; ++i) x[(size_t)t * c + i] += a[(size_t)t * c + i];
        }
#pragma omp for schedule(static)
        for (int r = 0; r < rows; ++r)
            layer_norm(x + (size_t)(r * added + added - 1) * c, m.lnf_g, m.lnf_b, m.eps, c, hidden + (size_t)r * c);
        product(m.head, hidden, rows, escape ? kept.data() : logits, scratch);
        if (escape) {
#pragma omp for schedule(static)
            for (int r = 0; r < rows; ++r) {
                const float* row = kept.data() + (size_t)r * m.head.n;
                memcpy(logits + (size_t)r * width, row, m.head.n * sizeof(float));
                logits[(size_t)r * width + m.head.n] = log_sum_exp(row, m.head.n) + m.escape_log_odds;
            }
        }
    }
    return 0;
}

}  // extern "C"

extern "C" {

// One product alone, y [m, n] = x [m, k] W^T + bias (tests, and timing the kernel by itself).
int imitate_native_product(const Linear* w, const float* x, int m, float* y) {
    Quantized scratch;
#pragma omp parallel
    product(*w, x, m, y, scratch);
    return 0;
}

// One row and head's attention alone, out [d] = softmax(q keys^T) values over `seen` positions of keys and
// values [seen, d], int8 (`cached` 1) or float (tests)
int imitate_native_attend(const float* q, const void* keys, const void* values, int seen, int d, int cached,
                          float* out) {
    std::vector<float> score((size_t)seen);
    if (cached)
        attend(q, (const int8_t*)keys, (const int8_t*)values, seen, d, score.data(), out);
    else
        attend(q, (const float*)keys, (const float*)values, seen, d, score.data(), out);
    return 0;
}

}  // extern "C"
