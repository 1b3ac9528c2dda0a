/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-search-fold"

#include "config.h"

#include <string.h>

#include "briefing-search-fold-private.h"

/* Folding: lower case, accents removed, so "CIRAGAN" finds "Çırağan" and "Zurich" "Zürich". */

static void
fold_char (gunichar  ch,
           GString  *out)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;
  char utf8[8];

  /* Turkish dotless ı has no decomposition; people type it as i. */
  if (ch == 0x0131)
    {
      g_string_append_c (out, 'i');
      return;
    }

  n = g_unichar_fully_decompose (ch, FALSE, decomposed, G_N_ELEMENTS (decomposed));
  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *folded = NULL;
      int len;

      if (g_unichar_ismark (decomposed[i]))
        continue;
      len = g_unichar_to_utf8 (decomposed[i], utf8);
      folded = g_utf8_casefold (utf8, len);
      g_string_append (out, folded);
    }
}

/* The folded form of one character that is not ASCII, computed once per index. */
static const char *
fold_unichar (GHashTable *cache,
              gunichar    ch)
{
  const char *folded = cache != NULL ? g_hash_table_lookup (cache, GUINT_TO_POINTER (ch)) : NULL;
  GString *out;

  if (folded != NULL)
    return folded;

  out = g_string_new (NULL);
  fold_char (ch, out);
  if (cache == NULL)
    return g_string_free (out, FALSE);  /* the caller frees it */
  folded = g_string_free (out, FALSE);
  g_hash_table_insert (cache, GUINT_TO_POINTER (ch), (gpointer) folded);
  return folded;
}

/* ASCII folded as briefing_fold_into() folds it: lower case, control characters as spaces. A table, as
 * this runs for every byte of every article. */
static const char ascii_fold[128] = {
#define ROW8(a) a, a + 1, a + 2, a + 3, a + 4, a + 5, a + 6, a + 7
  ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
  ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
  ROW8 (0x20), ROW8 (0x28), ROW8 (0x30), ROW8 (0x38),
  '@', ROW8 ('a'), ROW8 ('i'), ROW8 ('q'), 'y', 'z', '[', '\\', ']', '^', '_',
  ROW8 (0x60), ROW8 (0x68), ROW8 (0x70), 0x78, 0x79, 0x7a, 0x7b, 0x7c, 0x7d, 0x7e, ' ',
#undef ROW8
};

void
briefing_fold_into (GString    *out,
           const char *text,
           gsize       len,
           GHashTable *cache,
           GArray     *map)
{
  const char *p = text, *end = text + len;
  gsize start = out->len;

  while (p < end)
    {
      const char *run = p;
      gsize at;

      /* A run of ASCII: lower case, control characters as spaces. */
      while (p < end && (guchar) *p < 0x80)
        p++;
      at = out->len;
      g_string_set_size (out, at + (p - run));
      for (gsize i = 0; i < (gsize) (p - run); i++)
        out->str[at + i] = ascii_fold[(guchar) run[i]];

      if (p < end)
        {
          gunichar ch = g_utf8_get_char_validated (p, end - p);
          gsize before = out->len;
          const char *next = g_utf8_next_char (p);

          if (ch == (gunichar) -1 || ch == (gunichar) -2)
            next = p + 1;  /* not UTF-8: the byte itself */
          else if (cache != NULL)
            g_string_append (out, fold_unichar (cache, ch));
          else
            {
              g_autofree char *folded = (char *) fold_unichar (NULL, ch);

              g_string_append (out, folded);
            }
          if (next > end)
            next = end;

          if (map != NULL)
            {
              BriefingFoldMapEntry at_char = { before - start, p - text, TRUE };
              BriefingFoldMapEntry after = { out->len - start, next - text, FALSE };

              g_array_append_val (map, at_char);
              g_array_append_val (map, after);
            }
          p = next;
        }
    }
}

char *
briefing_fold (const char *text,
      gsize       len)
{
  GString *out = g_string_sized_new (len);

  briefing_fold_into (out, text, len, NULL, NULL);
  return g_string_free (out, FALSE);
}

GHashTable *
briefing_fold_cache_new (void)
{
  return g_hash_table_new_full (NULL, NULL, NULL, g_free);
}

gboolean
briefing_fold_changes (GHashTable  *cache,
                       const char  *p,
                       const char  *end,
                       const char **next)
{
  gunichar ch = g_utf8_get_char_validated (p, end - p);
  const char *folded;
  gsize len;

  if (ch == (gunichar) -1 || ch == (gunichar) -2)
    {
      *next = p + 1;
      return TRUE;
    }
  *next = g_utf8_next_char (p);
  if (*next > end)
    *next = end;
  len = *next - p;
  folded = fold_unichar (cache, ch);
  return strlen (folded) != len || memcmp (folded, p, len) != 0;
}

const char *
briefing_fold_match_end (const char *p,
                         const char *end,
                         const char *needle,
                         gsize       n)
{
  g_autoptr(GString) out = g_string_new (NULL);

  while (out->len < n && p < end)
    {
      gsize before = out->len;

      if ((guchar) *p < 0x80)
        {
          g_string_append_c (out, ascii_fold[(guchar) *p]);
          p++;
        }
      else
        {
          gunichar ch = g_utf8_get_char_validated (p, end - p);

          if (ch == (gunichar) -1 || ch == (gunichar) -2)
            p++;
          else
            {
              fold_char (ch, out);
              p = MIN (g_utf8_next_char (p), end);
            }
        }
      if (memcmp (out->str + before, needle + before, MIN (out->len, n) - MIN (before, n)) != 0)
        return NULL;
    }
  return out->len >= n ? p : NULL;
}

/* Looking for a folded query in original text */

/* The byte as folding sees it: ASCII through the table, the rest as it is (it is part of a
 * character folding does not change, or no match is there). */
static inline guchar
plain_byte (guchar byte)
{
  return byte < 0x80 ? (guchar) ascii_fold[byte] : byte;
}

static inline gboolean
plain_equal (const guchar *text,
             const guchar *needle,
             gsize         n)
{
  for (gsize i = 0; i < n; i++)
    if (plain_byte (text[i]) != needle[i])
      return FALSE;
  return TRUE;
}

/* How common a folded byte is in running text, in English: the higher the more. A byte that
 * starts a character of another script is as common as a letter can be (all of Cyrillic starts
 * with one of two); the byte after it tells characters apart. */
static int
commonness (guchar byte)
{
  static const char order[] = "zqjx-9876543210kv.,bywgpfmucdlhrsinoate";
  const char *at = byte != '\0' && byte < 0x80 ? strchr (order, byte) : NULL;

  if (byte >= 0xC0)
    return sizeof order;
  return at != NULL ? (int) (at - order) + 1 : 0;
}

void
briefing_plain_query_init (BriefingPlainQuery *plain,
                           const char         *needle,
                           gsize               n)
{
  int best = G_MAXINT, second = G_MAXINT;

  plain->needle = (const guchar *) needle;
  plain->n = n;
  plain->first = plain->last = 0;
  plain->no_filter = TRUE;
  for (gsize i = 0; i < n; i++)
    {
      int score = commonness ((guchar) needle[i]);

      if (needle[i] == ' ')
        continue;
      if (plain->no_filter || score < best)
        {
          if (!plain->no_filter)
            {
              second = best;
              plain->last = plain->first;
            }
          else
            plain->last = i;
          best = score;
          plain->first = i;
          plain->no_filter = FALSE;
        }
      else if (score < second || plain->last == plain->first)
        {
          second = score;
          plain->last = i;
        }
    }
}

static inline gboolean
filter_byte (guchar byte,
             guchar wanted)
{
  return byte == wanted || (wanted >= 'a' && wanted <= 'z' && byte == wanted - 0x20);
}

/* What a vector compare ORs into a filter byte first: the case bit, for a letter. */
static inline char
case_bit (guchar byte)
{
  return byte >= 'a' && byte <= 'z' ? 0x20 : 0;
}

/* The first of the positions @i + (each bit set in @bits) where the query matches, or -1. */
static inline gssize
first_of_candidates (const BriefingPlainQuery *plain,
                     const guchar             *text,
                     gsize                     i,
                     unsigned                  bits)
{
  for (; bits != 0; bits &= bits - 1)
    {
      gsize k = i + (gsize) __builtin_ctz (bits);

      if (plain_equal (text + k, plain->needle, plain->n))
        return (gssize) k;
    }
  return -1;
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define HAVE_AVX2_SCAN 1
#include <immintrin.h>

/* As find_plain_sse2(), thirty-two positions at a time, on processors that have AVX2. */
__attribute__ ((target ("avx2"))) static gssize
find_plain_avx2 (const BriefingPlainQuery *plain,
                 const guchar             *text,
                 gsize                    *at,
                 gsize                     stop)
{
  guchar f = plain->needle[plain->first], l = plain->needle[plain->last];
  __m256i f_or = _mm256_set1_epi8 (case_bit (f)), f_eq = _mm256_set1_epi8 ((char) f);
  __m256i l_or = _mm256_set1_epi8 (case_bit (l)), l_eq = _mm256_set1_epi8 ((char) l);
  gssize hit;

  for (; *at + 32 <= stop; *at += 32)
    {
      __m256i a = _mm256_loadu_si256 ((const __m256i *) (text + *at + plain->first));
      __m256i b = _mm256_loadu_si256 ((const __m256i *) (text + *at + plain->last));
      unsigned bits = (unsigned) _mm256_movemask_epi8 (
        _mm256_and_si256 (_mm256_cmpeq_epi8 (_mm256_or_si256 (a, f_or), f_eq),
                          _mm256_cmpeq_epi8 (_mm256_or_si256 (b, l_or), l_eq)));

      if (bits != 0 && (hit = first_of_candidates (plain, text, *at, bits)) >= 0)
        return hit;
    }
  return -1;
}

static gboolean
have_avx2 (void)
{
  static int have = -1;

  if (have < 0)
    have = __builtin_cpu_supports ("avx2") ? 1 : 0;
  return have;
}
#endif

#if defined(__SSE2__)
#include <emmintrin.h>

/* Positions [*@at, @stop) sixteen at a time: where both filter bytes are present, the first
 * where the query matches, or -1 with *@at where it stopped. */
static gssize
find_plain_sse2 (const BriefingPlainQuery *plain,
                 const guchar             *text,
                 gsize                    *at,
                 gsize                     stop)
{
  guchar f = plain->needle[plain->first], l = plain->needle[plain->last];
  __m128i f_or = _mm_set1_epi8 (case_bit (f)), f_eq = _mm_set1_epi8 ((char) f);
  __m128i l_or = _mm_set1_epi8 (case_bit (l)), l_eq = _mm_set1_epi8 ((char) l);
  gssize hit;

  for (; *at + 16 <= stop; *at += 16)
    {
      __m128i a = _mm_loadu_si128 ((const __m128i *) (text + *at + plain->first));
      __m128i b = _mm_loadu_si128 ((const __m128i *) (text + *at + plain->last));
      unsigned bits = (unsigned) _mm_movemask_epi8 (_mm_and_si128 (_mm_cmpeq_epi8 (_mm_or_si128 (a, f_or), f_eq),
                                                                    _mm_cmpeq_epi8 (_mm_or_si128 (b, l_or), l_eq)));

      if (bits != 0 && (hit = first_of_candidates (plain, text, *at, bits)) >= 0)
        return hit;
    }
  return -1;
}
#endif

gssize
briefing_plain_query_find (const BriefingPlainQuery *plain,
                           const char               *text,
                           gsize                     len,
                           gsize                     from)
{
  const guchar *bytes = (const guchar *) text;
  gsize i = from, stop;

  if (plain->n > len)
    return -1;
  stop = len - plain->n + 1;  /* the positions a match can start at */

#if defined(HAVE_AVX2_SCAN)
  if (!plain->no_filter && stop >= 32 && have_avx2 ())
    {
      gssize hit = find_plain_avx2 (plain, bytes, &i, stop);

      if (hit >= 0)
        return hit;
    }
#endif
#if defined(__SSE2__)
  /* Sixteen positions at a time while their filter bytes all lie in the text. */
  if (!plain->no_filter && stop - i >= 16)
    {
      gssize hit = find_plain_sse2 (plain, bytes, &i, stop);

      if (hit >= 0)
        return hit;
    }
#endif
  for (; i < stop; i++)
    if ((plain->no_filter || (filter_byte (bytes[i + plain->first], plain->needle[plain->first]) &&
                              filter_byte (bytes[i + plain->last], plain->needle[plain->last]))) &&
        plain_equal (bytes + i, plain->needle, plain->n))
      return (gssize) i;
  return -1;
}
