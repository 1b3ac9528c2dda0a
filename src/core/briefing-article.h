/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A news article of a bundle. Its text is the paragraphs joined by a blank line ("\n\n"); it is kept
 * once, with the byte offset of each paragraph, and is what citations quote. */
#pragma once

#include "briefing-date.h"
#include "briefing-enums.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_IMAGE (briefing_image_get_type ())

typedef struct
{
  char *content_url; /* relative path inside the bundle's folder, or an https URL */
  char *caption;     /* nullable */
  char *credit;      /* nullable */
} BriefingImage;

GType          briefing_image_get_type  (void) G_GNUC_CONST;
BriefingImage *briefing_image_new       (const char          *content_url,
                                         const char          *caption,
                                         const char          *credit);
BriefingImage *briefing_image_copy      (const BriefingImage *image);
void           briefing_image_free      (BriefingImage       *image);
gboolean       briefing_image_is_remote (const BriefingImage *image);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingImage, briefing_image_free)

#define BRIEFING_TYPE_ARTICLE (briefing_article_get_type ())

G_DECLARE_FINAL_TYPE (BriefingArticle, briefing_article, BRIEFING, ARTICLE, GObject)

BriefingArticle     *briefing_article_new                  (const char          *id,
                                                            const char          *headline);
const char          *briefing_article_get_id               (BriefingArticle     *self);
const char          *briefing_article_get_headline         (BriefingArticle     *self);
void                 briefing_article_set_headline         (BriefingArticle     *self,
                                                            const char          *headline);
const char          *briefing_article_get_publisher        (BriefingArticle     *self);
void                 briefing_article_set_publisher        (BriefingArticle     *self,
                                                            const char          *publisher);
const char          *briefing_article_get_url              (BriefingArticle     *self);
void                 briefing_article_set_url              (BriefingArticle     *self,
                                                            const char          *url);
const BriefingDate  *briefing_article_get_published        (BriefingArticle     *self);
void                 briefing_article_set_published        (BriefingArticle     *self,
                                                            const BriefingDate  *published);
/* The article's own language tag; NULL means the bundle's language. */
const char          *briefing_article_get_language         (BriefingArticle     *self);
void                 briefing_article_set_language         (BriefingArticle     *self,
                                                            const char          *language);
BriefingSourceGrade  briefing_article_get_source_grade     (BriefingArticle     *self);
void                 briefing_article_set_source_grade     (BriefingArticle     *self,
                                                            BriefingSourceGrade  grade);
const char * const  *briefing_article_get_authors          (BriefingArticle     *self);
void                 briefing_article_set_authors          (BriefingArticle     *self,
                                                            const char * const  *authors);
/* (element-type BriefingImage) (transfer none) */
GPtrArray           *briefing_article_get_images           (BriefingArticle     *self);
void                 briefing_article_add_image            (BriefingArticle     *self,
                                                            BriefingImage       *image);

const char          *briefing_article_get_text             (BriefingArticle     *self);
gsize                briefing_article_get_text_length      (BriefingArticle     *self);
guint                briefing_article_get_n_paragraphs     (BriefingArticle     *self);
/* Byte range of paragraph @index within the text. */
void                 briefing_article_get_paragraph_range  (BriefingArticle     *self,
                                                            guint                index,
                                                            gsize               *start,
                                                            gsize               *end);
char                *briefing_article_dup_paragraph        (BriefingArticle     *self,
                                                            guint                index);
/* Replaces the body; @paragraphs must be non-empty strings without line breaks. */
void                 briefing_article_set_paragraphs       (BriefingArticle     *self,
                                                            const char * const  *paragraphs);
/* Takes a text already joined by the caller with "\n\n" and the paragraph start offsets
 * (@n_paragraphs of them). Used by the reader to avoid copying the body twice. */
void                 briefing_article_take_text            (BriefingArticle     *self,
                                                            char                *text,
                                                            gsize                length,
                                                            guint32             *offsets,
                                                            guint                n_paragraphs);

gboolean             briefing_article_equal                (BriefingArticle     *a,
                                                            BriefingArticle     *b);

G_END_DECLS
