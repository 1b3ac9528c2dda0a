/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-article"

#include "config.h"

#include <string.h>

#include "briefing-article.h"
#include "briefing-enum-types.h"
#include "briefing-util-private.h"

struct _BriefingArticle
{
  GObject              parent_instance;

  char                *id;
  char                *headline;
  char                *publisher;
  char                *url;
  char                *language;
  char               **authors;       /* never NULL; empty when the bundle names no author */
  GPtrArray           *images;

  /* The body, kept once: the paragraphs joined by "\n\n" (never NULL, "" when there are none)
   * and the byte offset at which each paragraph starts. */
  char                *text;
  gsize                text_len;
  guint32             *offsets;
  guint                n_paragraphs;

  BriefingDate         published;
  BriefingSourceGrade  source_grade;
};

G_DEFINE_FINAL_TYPE (BriefingArticle, briefing_article, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (BriefingImage, briefing_image, briefing_image_copy, briefing_image_free)

enum {
  PROP_0,
  PROP_ID,
  PROP_HEADLINE,
  PROP_PUBLISHER,
  PROP_URL,
  PROP_PUBLISHED,
  PROP_LANGUAGE,
  PROP_SOURCE_GRADE,
  PROP_AUTHORS,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
image_equal (const BriefingImage *a,
             const BriefingImage *b)
{
  return g_strcmp0 (a->content_url, b->content_url) == 0 &&
         g_strcmp0 (a->caption, b->caption) == 0 &&
         g_strcmp0 (a->credit, b->credit) == 0;
}

/* Takes @text and @offsets. */
static void
replace_body (BriefingArticle *self,
              char            *text,
              gsize            text_len,
              guint32         *offsets,
              guint            n_paragraphs)
{
  gboolean changed;

  g_assert (text != NULL);
  g_assert (n_paragraphs == 0 || offsets != NULL);

  changed = self->text_len != text_len || memcmp (self->text, text, text_len) != 0;

  g_free (self->text);
  g_free (self->offsets);

  self->text = text;
  self->text_len = text_len;
  self->offsets = n_paragraphs > 0 ? offsets : NULL;
  self->n_paragraphs = n_paragraphs;

  if (n_paragraphs == 0)
    g_free (offsets);

  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

static void
briefing_article_finalize (GObject *object)
{
  BriefingArticle *self = (BriefingArticle *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->headline, g_free);
  g_clear_pointer (&self->publisher, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->authors, g_strfreev);
  g_clear_pointer (&self->images, g_ptr_array_unref);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->offsets, g_free);

  G_OBJECT_CLASS (briefing_article_parent_class)->finalize (object);
}

static void
briefing_article_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BriefingArticle *self = BRIEFING_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_HEADLINE:
      g_value_set_string (value, self->headline);
      break;

    case PROP_PUBLISHER:
      g_value_set_string (value, self->publisher);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_PUBLISHED:
      g_value_set_boxed (value, &self->published);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_SOURCE_GRADE:
      g_value_set_enum (value, self->source_grade);
      break;

    case PROP_AUTHORS:
      g_value_set_boxed (value, self->authors);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_article_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BriefingArticle *self = BRIEFING_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_HEADLINE:
      briefing_article_set_headline (self, g_value_get_string (value));
      break;

    case PROP_PUBLISHER:
      briefing_article_set_publisher (self, g_value_get_string (value));
      break;

    case PROP_URL:
      briefing_article_set_url (self, g_value_get_string (value));
      break;

    case PROP_PUBLISHED:
      briefing_article_set_published (self, g_value_get_boxed (value));
      break;

    case PROP_LANGUAGE:
      briefing_article_set_language (self, g_value_get_string (value));
      break;

    case PROP_SOURCE_GRADE:
      briefing_article_set_source_grade (self, g_value_get_enum (value));
      break;

    case PROP_AUTHORS:
      briefing_article_set_authors (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_article_class_init (BriefingArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = briefing_article_finalize;
  object_class->get_property = briefing_article_get_property;
  object_class->set_property = briefing_article_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HEADLINE] =
    g_param_spec_string ("headline", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PUBLISHER] =
    g_param_spec_string ("publisher", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PUBLISHED] =
    g_param_spec_boxed ("published", NULL, NULL,
                        BRIEFING_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SOURCE_GRADE] =
    g_param_spec_enum ("source-grade", NULL, NULL,
                       BRIEFING_TYPE_SOURCE_GRADE,
                       BRIEFING_SOURCE_GRADE_NONE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AUTHORS] =
    g_param_spec_boxed ("authors", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The whole body; replaced with briefing_article_set_paragraphs() or _take_text(). */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_article_init (BriefingArticle *self)
{
  self->authors = g_new0 (char *, 1);
  self->images = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_image_free);
  self->text = g_strdup ("");
  self->source_grade = BRIEFING_SOURCE_GRADE_NONE;
}

BriefingImage *
briefing_image_new (const char *content_url,
                    const char *caption,
                    const char *credit)
{
  BriefingImage *image;

  g_return_val_if_fail (content_url != NULL, NULL);

  image = g_new0 (BriefingImage, 1);
  image->content_url = g_strdup (content_url);
  image->caption = g_strdup (caption);
  image->credit = g_strdup (credit);

  return image;
}

BriefingImage *
briefing_image_copy (const BriefingImage *image)
{
  g_return_val_if_fail (image != NULL, NULL);

  return briefing_image_new (image->content_url, image->caption, image->credit);
}

void
briefing_image_free (BriefingImage *image)
{
  if (image == NULL)
    return;

  g_free (image->content_url);
  g_free (image->caption);
  g_free (image->credit);
  g_free (image);
}

/* Remote images are not loaded unless the user asks. */
gboolean
briefing_image_is_remote (const BriefingImage *image)
{
  g_return_val_if_fail (image != NULL, FALSE);

  if (image->content_url == NULL)
    return FALSE;

  /* URI schemes are case-insensitive. */
  return g_ascii_strncasecmp (image->content_url, "http://", strlen ("http://")) == 0 ||
         g_ascii_strncasecmp (image->content_url, "https://", strlen ("https://")) == 0;
}

BriefingArticle *
briefing_article_new (const char *id,
                      const char *headline)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (BRIEFING_TYPE_ARTICLE,
                       "id", id,
                       "headline", headline,
                       NULL);
}

const char *
briefing_article_get_id (BriefingArticle *self)
{
  g_return_val_if_fail (BRIEFING_IS_ARTICLE (self), NULL);

  return self->id;
}

const char *
briefing_article_get_headline (BriefingArticle *self)
{
  g_return_val_if_fail (BRIEFING_IS_ARTICLE (self), NULL);

  return self->headline;
}

void
briefing_article_set_headline (BriefingArticle *self,
                               const char      *headline)
{
  g_return_if_fail (BRIEFING_IS_ARTICLE (self));

  if (briefing_set_str (&self->headline, headline))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADLINE]);
}

const char *
briefing_article_get_publisher (BriefingArticle *self)
{
  g_return_val_if_fail (BRIEFING_IS_ARTICLE (self), NULL);

  return self->publisher;
}

void
briefing_article_set_publisher (BriefingArticle *self,
                                const char      *publisher)
{
  g_return_if_fail (BRIEFING_IS_ARTICLE (self));

  if (briefing_set_str (&self->publisher, publisher))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHER]);
}

const char *
briefing_article_get_url (BriefingArticle *self)
{
  g_return_val_if_fail (BRIEFING_IS_ARTICLE (self), NULL);

  return self->url;
}

void
briefing_article_set_url (BriefingArticle *self,
                          const char      *url)
{
  g_return_if_fail (BRIEFING_IS_ARTICLE (self));

  if (briefing_set_str (&self->url, url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

/* Never NULL: an article that was given no date has an unset one (see briefing_date_is_set()). */
const BriefingDate *
briefing_article_get_published (BriefingArticle *self)
{
  g_return_val_if_fail (BRIEFING_IS_ARTICLE (self), NULL);

  return &self->published;
}

/* NULL resets the date to unset. */
void
briefing_article_set_published (BriefingArticle    *self,
                                const BriefingDate *published)
{
  BriefingDate date = { 0 };

  g_return_if_fail (BRIEFING_IS_ARTICLE (self));

  if (published != NULL)
    date = *published;

  if (briefing_date_equal (&self->published, &date))
    return;

  self->published = date;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHED]);
}

const char *
briefing_article_get_language (BriefingArticle *self)
{
  g_return_val_if_fail (BRIEFING_IS_ARTICLE (self), NULL);

  return self->language;
}

void
briefing_article_set_language (BriefingArticle *self,
                               const char      *language)
{
  g_return_if_fail (BRIEFING_IS_ARTICLE (self));

  if (briefing_set_str (&self->language, language))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

BriefingSourceGrade
briefing_article_get_source_grade (BriefingArticle *self)
{
  g_return_val_if_fail (BRIEFING_IS_ARTICLE (self), BRIEFING_SOURCE_GRADE_NONE);

  return self->source_grade;
}

void
briefing_article_set_source_grade (BriefingArticle     *self,
                                   BriefingSourceGrade  grade)
{
  g_return_if_fail (BRIEFING_IS_ARTICLE (self));

  if (self->source_grade == grade)
    return;

  self->source_grade = grade;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_GRADE]);
}

/* Never NULL: an empty array when the bundle names no author. */
const char * const *
briefing_article_get_authors (BriefingArticle *self)
{
  g_return_val_if_fail (BRIEFING_IS_ARTICLE (self), NULL);

  return (const char * const *) self->authors;
}

/* NULL and an empty array both mean no author. */
void
briefing_article_set_authors (BriefingArticle    *self,
                              const char * const *authors)
{
  static const char * const no_authors[] = { NULL };

  g_return_if_fail (BRIEFING_IS_ARTICLE (self));

  if (authors == NULL)
    authors = no_authors;

  if (g_strv_equal ((const char * const *) self->authors, authors))
    return;

  g_strfreev (self->authors);
  self->authors = g_strdupv ((char **) authors);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHORS]);
}

GPtrArray *
briefing_article_get_images (BriefingArticle *self)
{
  g_return_val_if_fail (BRIEFING_IS_ARTICLE (self), NULL);

  return self->images;
}

/* The article takes ownership of @image (transfer full); do not free it afterwards. */
void
briefing_article_add_image (BriefingArticle *self,
                            BriefingImage   *image)
{
  g_return_if_fail (BRIEFING_IS_ARTICLE (self));
  g_return_if_fail (image != NULL);

  g_ptr_array_add (self->images, image);
}

/* Never NULL; NUL-terminated at briefing_article_get_text_length(). */
const char *
briefing_article_get_text (BriefingArticle *self)
{
  g_return_val_if_fail (BRIEFING_IS_ARTICLE (self), NULL);

  return self->text;
}

gsize
briefing_article_get_text_length (BriefingArticle *self)
{
  g_return_val_if_fail (BRIEFING_IS_ARTICLE (self), 0);

  return self->text_len;
}

guint
briefing_article_get_n_paragraphs (BriefingArticle *self)
{
  g_return_val_if_fail (BRIEFING_IS_ARTICLE (self), 0);

  return self->n_paragraphs;
}

/* [@start, @end) in bytes; @end excludes the "\n\n" that separates it from the next paragraph. */
void
briefing_article_get_paragraph_range (BriefingArticle *self,
                                      guint            index,
                                      gsize           *start,
                                      gsize           *end)
{
  g_return_if_fail (BRIEFING_IS_ARTICLE (self));
  g_return_if_fail (index < self->n_paragraphs);

  if (start != NULL)
    *start = self->offsets[index];

  if (end != NULL)
    {
      if (index + 1 < self->n_paragraphs)
        *end = self->offsets[index + 1] - strlen ("\n\n");
      else
        *end = self->text_len;
    }
}

char *
briefing_article_dup_paragraph (BriefingArticle *self,
                                guint            index)
{
  gsize start;
  gsize end;

  g_return_val_if_fail (BRIEFING_IS_ARTICLE (self), NULL);
  g_return_val_if_fail (index < self->n_paragraphs, NULL);

  briefing_article_get_paragraph_range (self, index, &start, &end);

  return g_strndup (self->text + start, end - start);
}

/* NULL or an empty array leaves the article without a body. */
void
briefing_article_set_paragraphs (BriefingArticle    *self,
                                 const char * const *paragraphs)
{
  guint32 *offsets;
  char *text;
  gsize text_size = 0;
  gsize pos = 0;
  guint n;

  g_return_if_fail (BRIEFING_IS_ARTICLE (self));

  if (paragraphs == NULL || paragraphs[0] == NULL)
    {
      replace_body (self, g_strdup (""), 0, NULL, 0);
      return;
    }

  for (n = 0; paragraphs[n] != NULL; n++)
    {
      g_return_if_fail (paragraphs[n][0] != '\0');
      g_return_if_fail (strpbrk (paragraphs[n], "\r\n") == NULL);

      text_size += strlen (paragraphs[n]) + strlen ("\n\n");
    }

  /* Paragraph offsets are 32-bit to keep large bundles small in memory. */
  g_return_if_fail (text_size <= G_MAXUINT32);

  /* The last paragraph has no separator, but the text needs its NUL. */
  text = g_malloc (text_size - 1);
  offsets = g_new (guint32, n);

  for (guint i = 0; i < n; i++)
    {
      gsize len = strlen (paragraphs[i]);

      if (i > 0)
        {
          memcpy (text + pos, "\n\n", 2);
          pos += 2;
        }

      offsets[i] = (guint32) pos;
      memcpy (text + pos, paragraphs[i], len);
      pos += len;
    }

  text[pos] = '\0';

  replace_body (self, text, pos, offsets, n);
}

/* Takes ownership of @text, which must be NUL-terminated at @length, and of @offsets (both
 * allocated with g_malloc()). Nothing is checked beyond the cheap invariants: the reader has
 * already validated the paragraphs it joined. */
void
briefing_article_take_text (BriefingArticle *self,
                            char            *text,
                            gsize            length,
                            guint32         *offsets,
                            guint            n_paragraphs)
{
  g_return_if_fail (BRIEFING_IS_ARTICLE (self));
  g_return_if_fail (text != NULL || n_paragraphs == 0);
  g_return_if_fail (text == NULL || text[length] == '\0');
  g_return_if_fail (n_paragraphs == 0 || offsets != NULL);
  g_return_if_fail (n_paragraphs == 0 || offsets[0] == 0);
  g_return_if_fail (n_paragraphs == 0 || offsets[n_paragraphs - 1] <= length);

  if (text == NULL)
    {
      text = g_strdup ("");
      length = 0;
    }

  replace_body (self, text, length, offsets, n_paragraphs);
}

/* Compares every field, the body included. NULL is equal only to NULL. */
gboolean
briefing_article_equal (BriefingArticle *a,
                        BriefingArticle *b)
{
  g_return_val_if_fail (a == NULL || BRIEFING_IS_ARTICLE (a), FALSE);
  g_return_val_if_fail (b == NULL || BRIEFING_IS_ARTICLE (b), FALSE);

  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  if (g_strcmp0 (a->id, b->id) != 0 ||
      g_strcmp0 (a->headline, b->headline) != 0 ||
      g_strcmp0 (a->publisher, b->publisher) != 0 ||
      g_strcmp0 (a->url, b->url) != 0 ||
      !briefing_date_equal (&a->published, &b->published) ||
      g_strcmp0 (a->language, b->language) != 0 ||
      a->source_grade != b->source_grade ||
      !g_strv_equal ((const char * const *) a->authors, (const char * const *) b->authors))
    return FALSE;

  if (a->images->len != b->images->len)
    return FALSE;

  for (guint i = 0; i < a->images->len; i++)
    {
      if (!image_equal (g_ptr_array_index (a->images, i), g_ptr_array_index (b->images, i)))
        return FALSE;
    }

  return a->text_len == b->text_len &&
         memcmp (a->text, b->text, a->text_len) == 0 &&
         a->n_paragraphs == b->n_paragraphs &&
         (a->n_paragraphs == 0 ||
          memcmp (a->offsets, b->offsets, a->n_paragraphs * sizeof (guint32)) == 0);
}
