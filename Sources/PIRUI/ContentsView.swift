import PIRModel
import PIRText

/// Where the contents screen's list and text go: side by side when wide, stacked when narrow.
public struct ContentsLayout: Sendable {
    public var list: Rect
    public var text: Rect
    public init(width: Int, height: Int) {
        let body = Rect(x: 0, y: 2, width: width, height: max(0, height - 4))
        if width >= 100 {
            let listWidth = min(56, max(36, width * 2 / 5))
            (list, text) = body.left(listWidth)
        } else {
            (list, text) = body.top(max(5, body.height * 2 / 5))
        }
    }
}

extension ExplorerView {
    func renderContents(_ state: AppState, into frame: inout Frame) {
        let entries = reducer.contents
        let layout = ContentsLayout(width: state.width, height: state.height)
        let entry = entries[min(state.contentsIndex, entries.count - 1)]
        drawHeader(&frame, Rect(x: 0, y: 0, width: state.width, height: 1))
        let crumb = ["报告", "目录", TextLayout.truncate(Contents.label(entry, report), to: max(8, state.width - 20), ellipsis: glyphs.ellipsis)]
        var x = 1
        for (n, part) in crumb.enumerated() {
            if n > 0 { x += frame.put(glyphs.breadcrumb, x: x, y: 1, style: Style(.dim)) }
            x += frame.put(part, x: x, y: 1, style: n == crumb.count - 1 ? Style(.accent, [.bold]) : Style(.normal), limit: state.width)
        }
        let inner = Panel.draw(&frame, layout.list, title: "目录 Contents", focused: !state.contentsText, glyphs: glyphs)
        if !inner.isEmpty {
            for row in 0..<inner.height {
                let index = state.contentsScroll + row
                guard index < entries.count else { break }
                let y = inner.y + row
                let e = entries[index]
                let selected = index == state.contentsIndex
                switch e {
                case .part(let label):
                    frame.put(TextLayout.truncate(label, to: inner.width - 1), x: inner.x + 1, y: y, style: Style(.heading, [.bold]))
                case .box:
                    frame.put(selected ? glyphs.selected : " ", x: inner.x, y: y, style: Style(.accent, [.bold]))
                    frame.put(TextLayout.truncate(Contents.label(e, report), to: inner.width - 5, ellipsis: glyphs.ellipsis), x: inner.x + 4, y: y, style: Style(.dim))
                default:
                    frame.put(selected ? glyphs.selected : " ", x: inner.x, y: y, style: Style(.accent, [.bold]))
                    frame.put(TextLayout.truncate(Contents.label(e, report), to: inner.width - 3, ellipsis: glyphs.ellipsis), x: inner.x + 2, y: y)
                }
                if selected { highlight(&frame, Rect(x: inner.x, y: y, width: inner.width, height: 1), focused: !state.contentsText) }
            }
        }
        let textInner = Panel.draw(&frame, layout.text, title: TextLayout.truncate(Contents.label(entry, report), to: 40, ellipsis: glyphs.ellipsis),
                                   focused: state.contentsText, glyphs: glyphs)
        if !textInner.isEmpty {
            let document = reducer.details.document(entry, width: textInner.width - 1, report: report, glyphs: glyphs)
            let offset = min(state.contentsTextScroll, max(0, document.lines.count - textInner.height))
            LinesView.draw(&frame, Rect(x: textInner.x + 1, y: textInner.y, width: textInner.width - 1, height: textInner.height),
                           lines: document.lines, offset: offset)
            if document.lines.count > textInner.height {
                let position = "\(offset + 1)-\(min(document.lines.count, offset + textInner.height))/\(document.lines.count)"
                frame.put(" " + position + " ", x: layout.text.maxX - position.cellWidth - 4, y: layout.text.maxY - 1, style: Style(.dim))
            }
        }
        drawFooter(&frame, Rect(x: 0, y: state.height - 2, width: state.width, height: 1), state)
        let status = Rect(x: 0, y: state.height - 1, width: state.width, height: 1)
        frame.fill(status, style: Style(.status, [.reverse]))
        let text = state.status.isEmpty ? "目录 \(state.contentsIndex + 1)/\(entries.count) · Enter 打开 · Esc 返回 · t 切换" : state.status
        frame.put(" " + text, x: 0, y: status.y, style: Style(.status, [.reverse]), limit: state.width)
    }
}
