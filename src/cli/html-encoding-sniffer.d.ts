// Types for jsdom's html-encoding-sniffer (v6 ships none): the HTML Standard's encoding sniffing.
declare module 'html-encoding-sniffer' {
  export default function htmlEncodingSniffer(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
