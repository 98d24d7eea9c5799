import type { Button, OutboundMessage } from '../kernel/index.js';
import { splitText } from './split-text.js';
import type { ZaloMessage } from './zalo-client.js';

function convertButton(button: Button): Record<string, unknown> {
  switch (button.action.type) {
    case 'query':
      // oa.query.hide: the tap comes back as the citizen's text without showing the payload in the chat.
      return { title: button.title, type: 'oa.query.hide', payload: button.action.payload };
    case 'url':
      return { title: button.title, type: 'oa.open.url', payload: { url: button.action.url } };
    case 'phone':
      return { title: button.title, type: 'oa.open.phone', payload: { phone_code: button.action.phone } };
  }
}

/**
 * The OA API message bodies for one engine message, in sending order. Texts over Zalo's 2,000-character limit become
 * several messages; buttons go with the last part, so they stay under the text they answer.
 */
export function convertOutboundMessageToZalo(message: OutboundMessage): ZaloMessage[] {
  switch (message.kind) {
    case 'text': {
      const parts = splitText(message.text);
      const buttons = message.buttons ?? [];
      return parts.map((text, index) =>
        index === parts.length - 1 && buttons.length > 0
          ? { text, attachment: { type: 'template', payload: { buttons: buttons.map(convertButton) } } }
          : { text },
      );
    }
    case 'image': {
      const media = {
        attachment: {
          type: 'template',
          payload: { template_type: 'media', elements: [{ media_type: 'image', url: message.imageUrl }] },
        },
      };
      // A caption longer than one message becomes the image's text plus follow-up texts, never silently cut.
      if (!message.caption) return [media];
      const [first = '', ...more] = splitText(message.caption);
      return [{ text: first, ...media }, ...more.map((text) => ({ text }))];
    }
    case 'file':
      // Zalo attaches a file by the token of an upload; the upload happens at send time (`zalo-delivery-channel.ts`),
      // so a retry uploads afresh and a record never holds a token that may have expired.
      return [{ attachment: { type: 'file', payload: { url: message.url, name: message.name } } }];
    case 'request_user_info':
      return [
        {
          attachment: {
            type: 'template',
            payload: {
              template_type: 'request_user_info',
              elements: [
                {
                  title: message.title,
                  subtitle: message.subtitle,
                  ...(message.imageUrl ? { image_url: message.imageUrl } : {}),
                },
              ],
            },
          },
        },
      ];
  }
}
